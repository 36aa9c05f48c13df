/**
 * Reading QR codes on the teacher's device: the browser's BarcodeDetector where it has one
 * (Chrome on ChromeOS, Android and macOS, Safari 17+), otherwise jsQR, which is imported here
 * only, so it is loaded only on the scanning screen. One decoding path serves the camera and
 * a photo of a code (for a blocked or missing camera).
 */

interface DetectedBarcode {
	rawValue: string;
}
interface BarcodeDetectorLike {
	detect(source: ImageBitmapSource): Promise<DetectedBarcode[]>;
}
interface BarcodeDetectorClass {
	new (options: { formats: string[] }): BarcodeDetectorLike;
	getSupportedFormats(): Promise<string[]>;
}

export type QrDecoder = (image: ImageData) => Promise<string[]>;

async function nativeDetector(): Promise<BarcodeDetectorLike | undefined> {
	const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorClass }).BarcodeDetector;
	if (!Detector) return undefined;
	try {
		const formats = await Detector.getSupportedFormats();
		return formats.includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : undefined;
	} catch {
		return undefined;
	}
}

let decoder: Promise<QrDecoder> | undefined;

/** The decoder for this browser, made once. */
export function qrDecoder(): Promise<QrDecoder> {
	decoder ??= (async () => {
		const native = await nativeDetector();
		const { default: jsQR } = await import('jsqr');
		const fallback = async (image: ImageData) => {
			const found = jsQR(image.data, image.width, image.height, {
				inversionAttempts: 'attemptBoth'
			});
			return found?.data ? [found.data] : [];
		};
		if (!native) return fallback;
		return async (image: ImageData) => {
			try {
				const found = (await native.detect(image)).map((b) => b.rawValue).filter(Boolean);
				return found.length > 0 ? found : fallback(image);
			} catch {
				return fallback(image);
			}
		};
	})();
	return decoder;
}

/** Pixels of an image, scaled down so that its longest side is at most maxSide. */
export function pixelsOf(
	source: CanvasImageSource,
	size: { width: number; height: number },
	maxSide = 1200,
	canvas: HTMLCanvasElement = document.createElement('canvas')
): ImageData {
	const scale = Math.min(1, maxSide / Math.max(size.width, size.height));
	canvas.width = Math.max(1, Math.round(size.width * scale));
	canvas.height = Math.max(1, Math.round(size.height * scale));
	const context = canvas.getContext('2d', { willReadFrequently: true });
	if (!context) throw new Error('no 2d canvas');
	context.imageSmoothingEnabled = scale < 1;
	context.drawImage(source, 0, 0, canvas.width, canvas.height);
	return context.getImageData(0, 0, canvas.width, canvas.height);
}

/** The QR codes in a photo or screenshot file. */
export async function decodeImageFile(file: Blob): Promise<string[]> {
	const bitmap = await createImageBitmap(file);
	try {
		const decode = await qrDecoder();
		const found = await decode(pixelsOf(bitmap, bitmap));
		// A large photo of a small code: try again at full size.
		if (found.length === 0 && Math.max(bitmap.width, bitmap.height) > 1200) {
			return decode(pixelsOf(bitmap, bitmap, 4000));
		}
		return found;
	} finally {
		bitmap.close();
	}
}

export type CameraProblem = 'unsupported' | 'denied' | 'unavailable';

/**
 * Scans the camera continuously: every code seen is reported once, until it has been out of
 * view for a while, so pupils can show their screens one after another without a tap between.
 */
export async function startCamera(
	video: HTMLVideoElement,
	oncode: (text: string) => void
): Promise<{ stop: () => void } | { problem: CameraProblem }> {
	if (!navigator.mediaDevices?.getUserMedia) return { problem: 'unsupported' };
	let stream: MediaStream;
	try {
		stream = await navigator.mediaDevices.getUserMedia({
			video: { facingMode: 'environment', width: { ideal: 1280 }, height: { ideal: 720 } },
			audio: false
		});
	} catch (error) {
		const name = (error as { name?: string }).name;
		return {
			problem: name === 'NotAllowedError' || name === 'SecurityError' ? 'denied' : 'unavailable'
		};
	}
	video.srcObject = stream;
	video.muted = true;
	video.playsInline = true;
	await video.play().catch(() => undefined);
	const decode = await qrDecoder();
	const canvas = document.createElement('canvas');
	const lastSeen = new Map<string, number>();
	let running = true;
	let timer: ReturnType<typeof setTimeout> | undefined;

	const tick = async () => {
		if (!running) return;
		if (video.readyState >= 2 && video.videoWidth > 0) {
			const now = Date.now();
			const size = { width: video.videoWidth, height: video.videoHeight };
			const image = pixelsOf(video, size, 960, canvas);
			for (const text of await decode(image)) {
				const seen = lastSeen.get(text);
				lastSeen.set(text, now);
				if (seen === undefined || now - seen > 4000) oncode(text);
			}
		}
		timer = setTimeout(tick, 200);
	};
	timer = setTimeout(tick, 200);
	return {
		stop() {
			running = false;
			clearTimeout(timer);
			for (const track of stream.getTracks()) track.stop();
			video.srcObject = null;
		}
	};
}
