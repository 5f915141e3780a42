import { GroupBoardPage } from '../board-pages/index.ts';

/**
 * The board of Tình hình gửi báo cáo định kỳ (periodic reports of the reporting regime), for provinces and ministries. Until its own panels are built it shows the group's
 * indicators on the overview's panels, in the board's page layout (title, agency switch, controls).
 */
export function ReportingPage() {
  return <GroupBoardPage group="reporting" />;
}
