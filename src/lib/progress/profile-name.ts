export const maxNameLength = 20;

export type NameProblem = 'empty' | 'too-long' | 'email' | 'phone' | 'full-name' | 'characters';

export type NameCheck = { ok: true; name: string } | { ok: false; problem: NameProblem };

// Dutch surname prefixes: "Sanne de Vries" is a full name even though "de" is lower case.
const surnamePrefixes = new Set([
	'van',
	'de',
	'der',
	'den',
	'het',
	'ter',
	'ten',
	'te',
	"'t",
	'la',
	'le',
	'op',
	'in',
	'uit'
]);

/**
 * A profile name is a first name or a nickname. The app practises its own rules: it never
 * takes an e-mail address, a phone number or a full name, and says kindly why.
 */
export function checkProfileName(input: string): NameCheck {
	const name = input.normalize('NFC').replace(/\s+/g, ' ').trim();
	if (name.length === 0) return { ok: false, problem: 'empty' };
	if (/\S+@\S+/.test(name) || /@/.test(name)) return { ok: false, problem: 'email' };
	if ((name.match(/\d/g) ?? []).length >= 6) return { ok: false, problem: 'phone' };
	if ([...name].length > maxNameLength) return { ok: false, problem: 'too-long' };
	if (!/^[\p{L}\p{M}\p{N}' .-]+$/u.test(name)) return { ok: false, problem: 'characters' };
	const words = name.split(' ');
	const looksLikeSurname = words
		.slice(1)
		.some((word) => surnamePrefixes.has(word.toLowerCase()) || /^\p{Lu}\p{Ll}/u.test(word));
	if (words.length > 1 && looksLikeSurname) return { ok: false, problem: 'full-name' };
	return { ok: true, name };
}
