import { GroupBoardPage } from '../board-pages/index.ts';

/**
 * The board of Cải cách thủ tục hành chính nội bộ (internal administrative procedures, 2022–2025), for provinces and ministries. Until its own panels are built it shows the group's
 * indicators on the overview's panels, in the board's page layout (title, agency switch, controls).
 */
export function ReformPage() {
  return <GroupBoardPage group="internal-procedures" />;
}
