import { GroupBoardPage } from '../board-pages/index.ts';

/**
 * The board of Chất lượng phục vụ người dân, doanh nghiệp (the Decision 766 index), for provinces and ministries. Until its own panels are built it shows the group's
 * indicators on the overview's panels, in the board's page layout (title, agency switch, controls).
 */
export function ServicesPage() {
  return <GroupBoardPage group="public-service" />;
}
