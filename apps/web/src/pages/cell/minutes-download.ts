import { downloadFile } from '../../api/download';

/** Downloads the meeting's minutes as a PDF, through the signed-in session. */
export function downloadMinutesPdf(meetingId: string): Promise<void> {
  return downloadFile(`/api/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`, 'compte-rendu.pdf');
}
