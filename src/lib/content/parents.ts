// The parents' rules, in six languages, apart from $lib/content so that only the parents' pages
// load them: the start page carries the pupils' catalog alone.
export { parentCatalog } from 'virtual:lessons/parents';
