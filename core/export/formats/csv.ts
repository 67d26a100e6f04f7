import { serialiseGlossary } from '../../glossary/formats';
import { type ExportDocument, glossaryRecords } from '../model';

/** The glossary as CSV, which `glosa glossary import` and the panel read back. */
export const render = (doc: ExportDocument): Buffer => Buffer.from(serialiseGlossary(glossaryRecords(doc), 'csv'));
