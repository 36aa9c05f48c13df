import { describe, expect, it } from 'vitest';
import { checkProfileName } from '$lib/progress/profile-name';

describe('checkProfileName', () => {
	it.each(['Sanne', 'Mo', 'Sem-Jan', 'Zoë', "D'Angelo", 'SuperSam', 'Noor 2', 'ninja kat'])(
		'accepts the first name or nickname %s',
		(name) => {
			expect(checkProfileName(name)).toEqual({ ok: true, name });
		}
	);

	it('tidies spaces', () => {
		expect(checkProfileName('  Lotte  ')).toEqual({ ok: true, name: 'Lotte' });
	});

	it.each([
		['', 'empty'],
		['   ', 'empty'],
		['sanne@school.nl', 'email'],
		['sanne@', 'email'],
		['0612345678', 'phone'],
		['06-12 34 56 78', 'phone'],
		['Sanne de Vries', 'full-name'],
		['Daan Jansen', 'full-name'],
		['fatima van den berg', 'full-name'],
		['Supercalifragilistic1', 'too-long'],
		['<script>', 'characters'],
		['Sanne 😀', 'characters']
	])('refuses %j as %s', (name, problem) => {
		expect(checkProfileName(name)).toEqual({ ok: false, problem });
	});
});
