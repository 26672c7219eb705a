// Samverka playground: a small chat page over the playground API. No frameworks, no inline script.
'use strict';

(function () {
	const app = document.getElementById('app');
	const t = (name) => app.dataset['t' + name.charAt(0).toUpperCase() + name.slice(1)] || '';
	const lang = app.dataset.lang === 'en' ? 'en' : 'sv';
	const store = window.localStorage;
	const KEY = 'samverka.playground.';

	// Remember an explicit language choice; come back to it on the next visit.
	const urlLang = new URLSearchParams(window.location.search).get('lang');
	if (urlLang) {
		store.setItem(KEY + 'lang', lang);
	}
	else if (store.getItem(KEY + 'lang') === 'en' && lang !== 'en') {
		window.location.replace('/?lang=en');
		return;
	}

	function randomId() {
		if (window.crypto && window.crypto.randomUUID) {
			return window.crypto.randomUUID();
		}
		const bytes = new Uint8Array(16);
		window.crypto.getRandomValues(bytes);
		return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	}

	function load(name, fallback) {
		try {
			const value = JSON.parse(store.getItem(KEY + name));
			return value === null ? fallback : value;
		}
		catch (e) {
			return fallback;
		}
	}

	function save(name, value) {
		store.setItem(KEY + name, JSON.stringify(value));
	}

	const identity = load('identity', {});
	if (!identity.browserId) {
		identity.browserId = randomId();
		save('identity', identity);
	}
	const personalRoom = { id: 'dm-' + identity.browserId, personal: true };
	let rooms = load('rooms', [{ id: 'natverket', name: t('defaultRoom') }]);
	let current = load('room', personalRoom.id);
	let stream = null;
	const sentByMe = new Set();

	const log = document.getElementById('log');
	const status = document.getElementById('status');
	const composeText = document.getElementById('compose-text');
	const nameInput = document.getElementById('name');
	const organisationInput = document.getElementById('organisation');

	nameInput.value = identity.name || '';
	organisationInput.value = identity.organisation || '';

	document.getElementById('identity-form').addEventListener('submit', (event) => {
		event.preventDefault();
		identity.name = nameInput.value.trim();
		identity.organisation = organisationInput.value.trim();
		save('identity', identity);
		document.getElementById('identity-status').textContent = identity.name ? t('identitySaved') : t('identityFirst');
		if (identity.name) {
			composeText.focus();
		}
	});

	document.getElementById('room-form').addEventListener('submit', (event) => {
		event.preventDefault();
		const input = document.getElementById('room-name');
		const name = input.value.trim();
		const id = slug(name);
		if (!id) {
			return;
		}
		if (!rooms.some((r) => r.id === id)) {
			rooms.push({ id: id, name: name });
			save('rooms', rooms);
		}
		input.value = '';
		openRoom(id);
	});

	function slug(name) {
		return name.toLowerCase()
			.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
			.replace(/^dm-/, 'rum-')
			.slice(0, 48);
	}

	function renderRooms() {
		const list = document.getElementById('room-list');
		list.replaceChildren();
		const all = [{ id: personalRoom.id, name: t('personal') }].concat(rooms);
		for (const room of all) {
			const item = document.createElement('li');
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = room.name;
			button.dataset.room = room.id;
			if (room.id === current) {
				button.setAttribute('aria-current', 'true');
			}
			button.addEventListener('click', () => openRoom(room.id));
			item.append(button);
			list.append(item);
		}
	}

	function roomName(id) {
		if (id === personalRoom.id) {
			return t('personal');
		}
		const room = rooms.find((r) => r.id === id);
		return room ? room.name + ' (' + t('shared') + ')' : id;
	}

	function openRoom(id) {
		if (id !== personalRoom.id && !rooms.some((r) => r.id === id)) {
			id = personalRoom.id;
		}
		current = id;
		save('room', id);
		renderRooms();
		document.getElementById('room-title').textContent = roomName(id);
		log.replaceChildren();
		if (stream) {
			stream.close();
		}
		const query = '?browserId=' + encodeURIComponent(identity.browserId);
		const base = '/playground/api/rooms/' + encodeURIComponent(id);
		fetch(base + '/history' + query, { headers: { 'Accept': 'application/json' } })
			.then((response) => response.ok ? response.json() : { entries: [] })
			.then((history) => {
				if (current !== id) {
					return;
				}
				for (const entry of history.entries) {
					if (entry.type === 'in') {
						showPerson(entry.author, entry.text);
					}
					else {
						showBot(entry.html);
					}
				}
				follow(id, base + '/events' + query + '&after=' + encodeURIComponent(history.lastEventId || 0));
			});
	}

	function follow(id, url) {
		stream = new EventSource(url);
		stream.addEventListener('ready', () => {
			status.textContent = t('online');
			app.dataset.live = id;
		});
		stream.addEventListener('in', (event) => {
			const data = JSON.parse(event.data);
			if (!sentByMe.has(data.clientMessageId)) {
				showPerson(data.author, data.text);
			}
		});
		stream.addEventListener('out', (event) => {
			const data = JSON.parse(event.data);
			if (!data.clientMessageId || !sentByMe.has(data.clientMessageId)) {
				showBot(data.html);
			}
		});
		stream.addEventListener('update', (event) => {
			// A card posted earlier changed (an edited agenda): replace it where it stands.
			const data = JSON.parse(event.data);
			const old = Array.from(log.querySelectorAll('.message[data-message-id]'))
				.find((element) => element.dataset.messageId === data.id);
			if (old) {
				old.insertAdjacentHTML('afterend', data.html);
				old.remove();
			}
			else {
				showBot(data.html);
			}
		});
		stream.addEventListener('error', () => {
			status.textContent = t('offline');
			delete app.dataset.live;
		});
	}

	function showPerson(author, text) {
		const entry = document.createElement('div');
		entry.className = 'entry person';
		const who = document.createElement('strong');
		who.textContent = author;
		const what = document.createElement('p');
		linked(what, text);
		entry.append(who, what);
		append(entry);
		return what;
	}

	// Text with its http and https addresses as links; built as nodes, never as markup.
	function linked(element, text) {
		const address = /https?:\/\/[^\s<>"']+[^\s<>"'.,;:!?)\]]/gi;
		let done = 0;
		for (const match of text.matchAll(address)) {
			element.append(document.createTextNode(text.slice(done, match.index)));
			const link = document.createElement('a');
			link.href = match[0];
			link.textContent = match[0];
			link.target = '_blank';
			link.rel = 'noopener noreferrer';
			element.append(link);
			done = match.index + match[0].length;
		}
		element.append(document.createTextNode(text.slice(done)));
	}

	function showBot(html) {
		const entry = document.createElement('div');
		entry.className = 'entry bot';
		const who = document.createElement('strong');
		who.textContent = 'Samverka';
		entry.append(who);
		// The server escapes every text in this fragment (HtmlRenderer); the page's CSP forbids inline script.
		entry.insertAdjacentHTML('beforeend', html);
		append(entry);
	}

	function append(entry) {
		log.append(entry);
		log.scrollTop = log.scrollHeight;
	}

	function post(body, shownAs) {
		if (!identity.name) {
			status.textContent = t('identityFirst');
			nameInput.focus();
			return Promise.resolve(false);
		}
		const clientMessageId = randomId();
		sentByMe.add(clientMessageId);
		const shown = showPerson(t('you'), shownAs);
		const payload = Object.assign({
			clientMessageId: clientMessageId,
			browserId: identity.browserId,
			displayName: identity.name,
			locale: lang
		}, body);
		const send = () => fetch('/playground/api/rooms/' + encodeURIComponent(current) + '/messages', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'X-Samverka-Playground': '1', 'Accept-Language': lang },
			body: JSON.stringify(payload)
		});
		// One resend with the same id after a network failure: the server acts on it once.
		return send().catch(() => send()).then((response) => response.json().then((answer) => {
			if (!response.ok) {
				status.textContent = answer.message || t('failed');
				return false;
			}
			status.textContent = '';
			if (answer.echo) {
				// what the button did ("röstade ja på 30 sep") rather than its label
				shown.textContent = answer.echo;
			}
			answer.replies.forEach((reply) => showBot(reply.html));
			return true;
		})).catch(() => {
			status.textContent = t('failed');
			return false;
		});
	}

	document.getElementById('compose').addEventListener('submit', (event) => {
		event.preventDefault();
		const text = composeText.value.trim();
		if (!text) {
			return;
		}
		post({ text: text }, text).then((sent) => {
			if (sent) {
				composeText.value = '';
			}
		});
	});

	composeText.addEventListener('keydown', (event) => {
		if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
			event.preventDefault();
			document.getElementById('compose').requestSubmit();
		}
	});

	document.getElementById('prefill-join').addEventListener('click', () => {
		const prefix = t('joinPrefix') + ' ';
		composeText.value = prefix + ' ' + (identity.organisation || '');
		composeText.focus();
		composeText.setSelectionRange(prefix.length, prefix.length);
	});

	// A button on a card runs its command with the values of the inputs of the same message.
	log.addEventListener('click', (event) => {
		const button = event.target.closest('button[data-command]');
		if (!button) {
			return;
		}
		const message = button.closest('.message');
		const inputs = {};
		message.querySelectorAll('[data-input]').forEach((field) => {
			inputs[field.dataset.input] = field.value;
		});
		const values = Object.values(inputs).filter((v) => v.trim()).join(' ');
		post({ command: button.dataset.command, inputs: inputs },
			button.textContent + (values ? ': ' + values : ''));
	});

	openRoom(current);
	if (!identity.name) {
		nameInput.focus();
	}
})();
