import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlikwijsDb, type Profile } from '$lib/progress/db';
import { addPupils, createGroup } from '$lib/progress/groups';
import { encodeHandIn, layoutOf } from '$lib/progress/handin';
import { handInKey, pupilHandIn } from '$lib/progress/handin-export';
import { applyHandIn, HandInRefused, matchHandIn, readHandIn } from '$lib/progress/handin-import';
import { createProfile, recordAttempt } from '$lib/progress/progress';
import { ruleOf, testRules } from './fixtures';

const layout = await layoutOf(testRules);
const contentVersion = 'abcdef012345';

let teacher: KlikwijsDb;
let pupilDevice: KlikwijsDb;
beforeEach(async () => {
	teacher = new KlikwijsDb(`teacher-${crypto.randomUUID()}`);
	pupilDevice = new KlikwijsDb(`pupil-${crypto.randomUUID()}`);
	await Promise.all([teacher.open(), pupilDevice.open()]);
});
afterEach(async () => {
	await Promise.all([teacher.delete(), pupilDevice.delete()]);
});

async function play(
	db: KlikwijsDb,
	pupil: Profile,
	ruleId: string,
	scenarios: string[],
	wrongFirst = false
) {
	const rule = ruleOf(ruleId)!;
	for (const scenarioId of scenarios) {
		const base = { profileId: pupil.id, rule, band: pupil.band, scenarioId };
		if (wrongFirst) {
			await recordAttempt(db, { ...base, outcome: 'wrong', firstTry: true });
			await recordAttempt(db, { ...base, outcome: 'right', firstTry: false });
		} else await recordAttempt(db, { ...base, outcome: 'right', firstTry: true });
	}
}

async function handInCode(pupil: Profile) {
	const fresh = (await pupilDevice.profiles.get(pupil.id))!;
	const key = await handInKey(pupilDevice, fresh);
	return encodeHandIn(await pupilHandIn(pupilDevice, fresh, layout, contentVersion), key!, layout);
}

const snapshot = async (db: KlikwijsDb) => ({
	profiles: await db.profiles.orderBy('id').toArray(),
	attempts: await db.attempts.orderBy('id').toArray(),
	progress: (await db.ruleProgress.toArray()).map(({ updatedAt: _, ...p }) => p)
});

describe('importing a hand-in on the teacher’s device', () => {
	it('matches by name after the teacher confirms, then by id; twice changes nothing', async () => {
		const group = await createGroup(teacher, { name: 'Groep 6b', band: '5-6' });
		const [sanneAtSchool] = await addPupils(teacher, group, [
			{ name: 'Sanne', avatar: 'fox' },
			{ name: 'Daan', avatar: 'owl' }
		]);

		// Sanne on her own Chromebook: her own profile, she joins with the code.
		const sanne = await createProfile(pupilDevice, { name: 'sanne', avatar: 'panda', band: '5-6' });
		await pupilDevice.profiles.update(sanne.id, { joinCode: group.joinCode });
		await play(pupilDevice, sanne, 'ask-first', ['one', 'two'], true);

		const read = await readHandIn(teacher, await handInCode(sanne), layout);
		if (!read.ok) throw new Error(read.problem);
		expect(read.group.id).toBe(group.id);
		const match = await matchHandIn(teacher, read.handIn, read.group);
		expect(match).toMatchObject({ kind: 'confirm', sameName: { id: sanneAtSchool!.id } });
		const first = await applyHandIn(
			teacher,
			read.handIn,
			read.group,
			{ profileId: sanneAtSchool!.id },
			ruleOf
		);
		expect(first).toMatchObject({ added: 4, rules: ['ask-first'], createdPupil: false });
		const progress = await teacher.ruleProgress.get([sanneAtSchool!.id, 'ask-first']);
		expect(progress).toMatchObject({ completed: true, stars: 0, total: 2 });

		// The same code again: nothing changes.
		const before = await snapshot(teacher);
		const again = await applyHandIn(
			teacher,
			read.handIn,
			read.group,
			{ profileId: sanneAtSchool!.id },
			ruleOf
		);
		expect(again.added).toBe(0);
		expect(await snapshot(teacher)).toEqual(before);

		// She plays more and hands in again: now matched by id, without a question.
		await play(pupilDevice, sanne, 'keep-it-private', ['name']);
		const next = await readHandIn(teacher, await handInCode(sanne), layout);
		if (!next.ok) throw new Error(next.problem);
		expect(await matchHandIn(teacher, next.handIn, next.group)).toMatchObject({
			kind: 'profile',
			profile: { id: sanneAtSchool!.id }
		});
		const second = await applyHandIn(
			teacher,
			next.handIn,
			next.group,
			{ profileId: sanneAtSchool!.id },
			ruleOf
		);
		expect(second).toMatchObject({ added: 1, rules: ['keep-it-private'] });
		expect(await teacher.attempts.where('profileId').equals(sanneAtSchool!.id).count()).toBe(5);
	});

	it('adds a pupil the teacher does not have yet, with the group’s band', async () => {
		const group = await createGroup(teacher, { name: 'Groep 8', band: '7-8' });
		const milan = await createProfile(pupilDevice, { name: 'Milan', avatar: 'lion', band: '5-6' });
		await pupilDevice.profiles.update(milan.id, { joinCode: group.joinCode });
		await play(pupilDevice, milan, 'keep-it-private', ['name', 'photo']);
		const read = await readHandIn(teacher, await handInCode(milan), layout);
		if (!read.ok) throw new Error(read.problem);
		expect(await matchHandIn(teacher, read.handIn, read.group)).toEqual({
			kind: 'confirm',
			pupils: [],
			sameName: undefined
		});
		const result = await applyHandIn(teacher, read.handIn, read.group, { newPupil: true }, ruleOf);
		expect(result).toMatchObject({ createdPupil: true, added: 2 });
		expect(await teacher.profiles.get(milan.id)).toMatchObject({
			name: 'Milan',
			band: '7-8',
			groupId: group.id,
			avatar: 'lion'
		});
		expect(await teacher.ruleProgress.get([milan.id, 'keep-it-private'])).toMatchObject({
			completed: true,
			stars: 2
		});
		// A second time it is matched by id, and adding it as new again is refused.
		await expect(
			applyHandIn(teacher, read.handIn, read.group, { newPupil: true }, ruleOf)
		).rejects.toBeInstanceOf(HandInRefused);
	});

	it('refuses a code of a group this device does not have, changing nothing', async () => {
		await createGroup(teacher, { name: 'Groep 6b', band: '5-6' });
		const stranger = await createProfile(pupilDevice, { name: 'Zoë', avatar: 'frog', band: '5-6' });
		await pupilDevice.profiles.update(stranger.id, { joinCode: 'ZZZZZ9' });
		await play(pupilDevice, stranger, 'ask-first', ['one']);
		const before = await snapshot(teacher);
		expect(await readHandIn(teacher, await handInCode(stranger), layout)).toEqual({
			ok: false,
			problem: 'unknown-group'
		});
		expect(await snapshot(teacher)).toEqual(before);
	});

	it('keeps one copy of an answer that arrived by hand-in and by backup both', async () => {
		const group = await createGroup(teacher, { name: 'Groep 6b', band: '5-6' });
		// A shared iPad with the group on it: the pupil's profile is the teacher's.
		await pupilDevice.groups.add(group);
		const [bo] = await addPupils(pupilDevice, group, [{ name: 'Bo', avatar: 'bee' }]);
		await teacher.profiles.add(bo!);
		await play(pupilDevice, bo!, 'ask-first', ['one', 'two']);
		// The teacher got these attempts already with their own ids (say, from a backup).
		await teacher.attempts.bulkAdd(await pupilDevice.attempts.toArray());
		const read = await readHandIn(teacher, await handInCode(bo!), layout);
		if (!read.ok) throw new Error(read.problem);
		expect(read.handIn.profile.groupId).toBe(group.id);
		const result = await applyHandIn(
			teacher,
			read.handIn,
			read.group,
			{ profileId: bo!.id },
			ruleOf
		);
		expect(result.added).toBe(0);
		expect(await teacher.attempts.count()).toBe(2);
	});

	it('changes nothing when storing fails half way', async () => {
		const group = await createGroup(teacher, { name: 'Groep 6b', band: '5-6' });
		const kim = await createProfile(pupilDevice, { name: 'Kim', avatar: 'fox', band: '5-6' });
		await pupilDevice.profiles.update(kim.id, { joinCode: group.joinCode });
		await play(pupilDevice, kim, 'ask-first', ['one', 'two']);
		const read = await readHandIn(teacher, await handInCode(kim), layout);
		if (!read.ok) throw new Error(read.problem);
		teacher.ruleProgress.hook('creating', () => {
			throw new Error('disk trouble');
		});
		await expect(
			applyHandIn(teacher, read.handIn, read.group, { newPupil: true }, ruleOf)
		).rejects.toThrow('disk trouble');
		expect(await teacher.profiles.count()).toBe(0);
		expect(await teacher.attempts.count()).toBe(0);
	});
});
