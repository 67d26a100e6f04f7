import { serialiseGlossary } from '../../glossary/formats';
import { type ExportDocument, glossaryRecords } from '../model';

/** The glossary as TBX-Basic, as the glossary panel exports it. */
export const render = (doc: ExportDocument): Buffer => Buffer.from(serialiseGlossary(glossaryRecords(doc), 'tbx'));
