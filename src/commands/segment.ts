// `segment`: each article's words, one row per article (word/tag with --pos).
import { segmentRow, SEGMENT_COLUMNS } from '../rows/segment.js';
import type { CommandParams, CommandSpec } from './command.js';

export interface SegmentParams extends CommandParams {
  /** word/tag instead of words. */
  pos: boolean;
}

const segment: CommandSpec<SegmentParams> = {
  url: import.meta.url,
  needs: (params) => ({ attribute: false, segmentation: params.pos ? 'tagged' : 'words' }),
  columns: () => SEGMENT_COLUMNS,
  numeric: ['article'],
  processFile(articles, params) {
    const rows = [];
    for (const article of articles) rows.push(segmentRow(article, params.pos));
    return { rows };
  },
};
export default segment;
