import { GroupBoardPage } from '../board-pages/index.ts';

/**
 * The board of Nhiệm vụ Chính phủ, Thủ tướng Chính phủ giao (tasks assigned by the Government and the Prime Minister), for provinces and ministries. Until its own panels are built it shows the group's
 * indicators on the overview's panels, in the board's page layout (title, agency switch, controls).
 */
export function TasksPage() {
  return <GroupBoardPage group="tasks" />;
}
