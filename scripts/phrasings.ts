// Prints the relation phrasings claimcheck reads, as Markdown for the README:
// node --import tsx scripts/phrasings.ts
import { phrasingsMarkdown } from '../src/core/read/relations/families';

console.log(phrasingsMarkdown());
