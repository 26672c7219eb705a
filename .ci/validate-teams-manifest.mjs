// Validates the Teams app package sources (manifest.json, its localisation files and icons) with
// Microsoft's @microsoft/app-manifest package, offline: the schema must be one the package bundles.
//
// usage: node validate-teams-manifest.mjs <path/to/manifest.json>
// The package is looked up in $SAMVERKA_CI_CACHE/node_modules (default ~/.cache/samverka-ci),
// where .ci/run installs it; never in the repository.

import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

const manifestPath = path.resolve(process.argv[2] ?? "manifests/teams/manifest.json");
const cache = process.env.SAMVERKA_CI_CACHE ?? path.join(homedir(), ".cache", "samverka-ci");
const require = createRequire(path.join(cache, "node_modules", "noop.js"));

let appManifest;
try {
	appManifest = require("@microsoft/app-manifest");
} catch (e) {
	console.error(`@microsoft/app-manifest is not installed under ${cache}: ${e.message}`);
	process.exit(2);
}
const { AppManifestUtils } = appManifest;
const packageDir = path.dirname(require.resolve("@microsoft/app-manifest/package.json"));
const packageVersion = JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")).version;

const problems = [];
const baseDir = path.dirname(manifestPath);

/** The bundled copy of a developer.microsoft.com schema; refuses anything it would have to download. */
function bundledSchema(url) {
	const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(json-schemas\/teams\/.+)$/i.exec(url ?? "");
	if (!match) {
		throw new Error(`$schema ${url} is not a Teams schema that @microsoft/app-manifest bundles`);
	}
	const file = path.join(packageDir, "build", match[1]);
	if (!existsSync(file)) {
		throw new Error(`@microsoft/app-manifest ${packageVersion} does not bundle ${match[1]}`);
	}
	return JSON.parse(readFileSync(file, "utf8"));
}

function readJson(file) {
	return JSON.parse(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
}

/** PNG width and height from the IHDR chunk, or null when the file is not a PNG. */
function pngSize(file) {
	const bytes = readFileSync(file);
	const signature = "89504e470d0a1a0a";
	if (bytes.length < 24 || bytes.subarray(0, 8).toString("hex") !== signature) {
		return null;
	}
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Follows a localisation key such as bots[0].commandLists[1].commands[2].title into the manifest. */
function lookUp(manifest, key) {
	let node = manifest;
	for (const part of key.split(".")) {
		const m = /^([^[\]]+)((?:\[\d+\])*)$/.exec(part);
		if (!m || node == null) {
			return undefined;
		}
		node = node[m[1]];
		for (const index of m[2].matchAll(/\[(\d+)\]/g)) {
			node = node == null ? undefined : node[Number(index[1])];
		}
	}
	return node;
}

async function validate(label, document, schema) {
	const failures = await AppManifestUtils.validateAgainstSchema(document, schema);
	for (const failure of failures) {
		problems.push(`${label}: ${failure}`);
	}
}

// The bundled localisation schemas use patterns such as "\\b]" that are valid JavaScript regular
// expressions but not in unicode mode, which is how validateAgainstSchema compiles them, so it throws
// for every localisation file. Validate those with the package's own draft-04 Ajv, unicode mode off.
function validateLocalization(label, document, schema) {
	const packageRequire = createRequire(path.join(packageDir, "package.json"));
	const Ajv = packageRequire("ajv-draft-04").default;
	const addFormats = packageRequire("ajv-formats").default;
	const ajv = new Ajv({ allErrors: true, strictTypes: false, unicodeRegExp: false });
	addFormats(ajv, ["uri", "email", "regex"]);
	const check = ajv.compile(schema);
	if (!check(document)) {
		for (const error of check.errors ?? []) {
			problems.push(`${label}: ${error.instancePath} ${error.message ?? ""} ${JSON.stringify(error.params ?? {})}`);
		}
	}
}

const manifest = readJson(manifestPath);
console.log(`Validating ${path.relative(process.cwd(), manifestPath)} (manifest ${manifest.manifestVersion}) with @microsoft/app-manifest ${packageVersion}`);
try {
	await validate("manifest.json", manifest, bundledSchema(manifest.$schema));
} catch (e) {
	problems.push(`manifest.json: ${e.message}`);
}

const localization = manifest.localizationInfo ?? {};
const languageFiles = [
	...(localization.defaultLanguageFile ? [{ languageTag: localization.defaultLanguageTag, file: localization.defaultLanguageFile }] : []),
	...(localization.additionalLanguages ?? []),
];
for (const { languageTag, file } of languageFiles) {
	const languagePath = path.join(baseDir, file);
	if (!existsSync(languagePath)) {
		problems.push(`${file} (${languageTag}): missing`);
		continue;
	}
	try {
		const strings = readJson(languagePath);
		validateLocalization(file, strings, bundledSchema(strings.$schema));
		for (const key of Object.keys(strings)) {
			if (key !== "$schema" && lookUp(manifest, key) === undefined) {
				problems.push(`${file}: ${key} translates nothing in manifest.json`);
			}
		}
		console.log(`  ${file} (${languageTag}) checked`);
	} catch (e) {
		problems.push(`${file}: ${e.message}`);
	}
}

const expectedIcons = { color: 192, outline: 32 };
for (const [kind, size] of Object.entries(expectedIcons)) {
	const file = manifest.icons?.[kind];
	const iconPath = file && path.join(baseDir, file);
	if (!iconPath || !existsSync(iconPath)) {
		problems.push(`icons.${kind}: ${file ?? "not set"} is missing`);
		continue;
	}
	const actual = pngSize(iconPath);
	if (!actual || actual.width !== size || actual.height !== size) {
		problems.push(`icons.${kind}: ${file} must be a ${size}x${size} PNG, is ${actual ? `${actual.width}x${actual.height}` : "not a PNG"}`);
	}
}

if (problems.length > 0) {
	console.error(`Teams manifest has ${problems.length} problem(s):`);
	for (const problem of problems) {
		console.error(`  - ${problem}`);
	}
	process.exit(1);
}
console.log("Teams manifest is valid.");
