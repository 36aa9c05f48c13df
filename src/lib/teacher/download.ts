/** Offers text as a file to save; nothing leaves the device. */
export function downloadText(fileName: string, text: string, type = 'application/json') {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = fileName;
	link.rel = 'noopener';
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "2025-03-12": sorts well in a folder and reads the same in every language. */
export function fileDate(at = Date.now()): string {
	const d = new Date(at);
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A name that is safe in a file name on every system the school uses. */
export function fileSafe(name: string): string {
	return (
		name
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^A-Za-z0-9-]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.toLowerCase() || 'klikwijs'
	);
}
