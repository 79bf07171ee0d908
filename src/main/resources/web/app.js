// The dashboard. Article text is untrusted: everything is put on the page with textContent and
// createElement, never as HTML, so a title such as <script>…</script> shows as the words it is.
'use strict';

const MAX_FEED = 1000;
const feed = [];            // newest first
const seen = new Set();
let stream = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('data-')) node.setAttribute(k, v);
    else node[k] = v;
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

function time(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  return d.toISOString().replace('T', ' ').slice(0, 16) + ' UTC';
}

function eventLink(id, label) {
  return el('a', { href: '#/events/' + encodeURIComponent(id) }, label);
}

function who(side) {
  return (side.source || 'unknown source') + ' · ' + side.articleId + (side.publishedAt ? ' · ' + time(side.publishedAt) : '');
}

// ---- live feed ----

function connect() {
  stream = new EventSource('/api/stream?agreements=true');
  const status = document.getElementById('connection');
  stream.onopen = () => { status.textContent = 'live'; status.className = 'connection live'; };
  stream.onerror = () => { status.textContent = 'reconnecting…'; status.className = 'connection'; };
  stream.addEventListener('verdict', (e) => add(JSON.parse(e.data)));
}

function add(entry) {
  const key = entry.verdict + '|' + entry.claim.claimId + '|' + entry.others.map(o => o.claimId).join(',');
  if (seen.has(key)) return;   // a reconnect to a restarted server sends its whole feed again
  seen.add(key);
  feed.unshift(entry);
  if (feed.length > MAX_FEED) feed.pop();
  const select = document.getElementById('filter-attribute');
  if (![...select.options].some(o => o.value === entry.attribute)) select.append(el('option', { value: entry.attribute }, entry.attribute));
  renderFeed();
}

function matches(entry) {
  if (entry.verdict === 'AGREEMENT' && !document.getElementById('show-agreements').checked) return false;
  const attribute = document.getElementById('filter-attribute').value;
  if (attribute && entry.attribute !== attribute) return false;
  const text = document.getElementById('filter-text').value.trim().toLowerCase();
  if (!text) return true;
  const sides = [entry.claim, ...entry.others];
  const hay = [entry.eventLabel, entry.attribute, ...sides.flatMap(s => [s.value, s.source, s.articleId, s.text])];
  return hay.some(h => h && h.toLowerCase().includes(text));
}

function renderFeed() {
  const list = document.getElementById('feed');
  const shown = feed.filter(matches);
  list.replaceChildren(...shown.map(verdictItem));
  document.getElementById('feed-empty').hidden = shown.length > 0;
}

function side(values, sides, cls) {
  return el('div', { class: 'side ' + cls },
    el('div', { class: 'value' }, values),
    ...sides.map(s => el('div', {},
      el('div', { class: 'who' }, who(s)),
      el('p', { class: 'quote' }, '“' + s.text + '”'))));
}

function verdictItem(entry) {
  const contradiction = entry.verdict === 'CONTRADICTION';
  const otherValues = [...new Set(entry.others.map(o => o.value))].join(' · ');
  return el('li', { class: 'verdict ' + (contradiction ? 'contradiction' : 'agreement'), 'data-event-id': entry.eventId },
    el('div', { class: 'head' },
      el('span', { class: 'kind' }, contradiction ? 'CONTRADICTION' : 'AGREEMENT'),
      el('strong', { class: 'event-label' }, eventLink(entry.eventId, entry.eventLabel)),
      el('span', { class: 'attribute' }, entry.attribute),
      el('span', { class: 'arrived' }, 'arrived ' + time(entry.received))),
    el('div', { class: 'sides' },
      side(entry.claim.value, [entry.claim], 'new-claim'),
      side(otherValues, entry.others, 'earlier-claims')),
    el('p', { class: 'explanation' }, entry.explanation));
}

// ---- counters ----

async function refreshCounters() {
  try {
    const r = await fetch('/api/stats');
    if (!r.ok) return;
    const s = await r.json();
    for (const k of ['events', 'claims', 'agreements', 'contradictions']) document.getElementById('count-' + k).textContent = s[k];
  } catch (e) { /* the server is restarting; the next round tries again */ }
}

// ---- events list ----

async function showEvents() {
  const q = document.getElementById('events-text').value.trim();
  const attribute = document.getElementById('events-attribute').value.trim();
  const params = new URLSearchParams({ limit: '200' });
  if (q) params.set('q', q);
  if (attribute) params.set('attribute', attribute);
  const r = await fetch('/api/events?' + params);
  const body = await r.json();
  if (!r.ok) { document.getElementById('events-total').textContent = body.error; return; }
  document.getElementById('events-total').textContent = body.total + ' events, ' + body.claims + ' claims';
  document.getElementById('events').replaceChildren(...body.events.map(e => el('li', {},
    el('strong', {}, eventLink(e.id, e.label)), ' ',
    el('span', { class: 'muted' }, e.kind + (e.site ? ' · ' + e.site : '') + ' · ' + e.sources + ' sources · ' + e.claims + ' claims · last ' + time(e.lastReported)), ' ',
    e.contested.length ? el('span', { class: 'contested' }, 'disputed: ' + e.contested.join(', ')) : null)));
}

// ---- one event ----

function highlighted(sentence, display) {
  const at = display ? sentence.indexOf(display) : -1;
  if (at < 0) return el('span', {}, sentence);
  return el('span', {}, sentence.slice(0, at), el('mark', {}, display), sentence.slice(at + display.length));
}

async function showEvent(id) {
  const r = await fetch('/api/events/' + encodeURIComponent(id));
  const e = await r.json();
  const label = document.getElementById('event-label');
  if (!r.ok) { label.textContent = e.error; document.getElementById('attributes').replaceChildren(); return; }
  const merged = document.getElementById('event-merged');
  merged.hidden = !e.mergedInto;
  if (e.mergedInto) {
    merged.replaceChildren('A later report showed this to be the same event as ', eventLink(e.mergedInto, e.mergedInto), '.');
  }
  label.textContent = e.label || e.id;
  document.getElementById('event-meta').textContent = [e.kind, e.site, e.sources + ' sources', e.claims + ' claims',
    'first reported ' + time(e.firstReported), 'last ' + time(e.lastReported)].filter(Boolean).join(' · ');
  document.getElementById('attributes').replaceChildren(...e.attributes.map(attributeBlock));
  document.getElementById('timeline').replaceChildren(timeline(e));
}

// consensus: the value most sources bear out; agrees: another value that can be true with it (2019 beside July 2019)
function standing(attribute, value) {
  if (value.agrees === null || value.agrees === undefined) return 'other';
  if (value.value === attribute.consensus) return 'consensus';
  return value.agrees ? 'agrees' : 'dissent';
}

function attributeBlock(a) {
  return el('div', { class: 'attribute-block', 'data-attribute': a.attribute },
    el('h3', {}, el('span', { class: 'attribute-name' }, a.attribute), ' ',
      el('span', { class: 'muted' }, a.consensus ? 'consensus: ' + a.consensus : (a.values.length > 1 ? 'no consensus yet' : ''))),
    ...a.values.map(v => {
      const s = standing(a, v);
      return el('div', { class: 'value-row ' + s, 'data-value': v.value },
        el('span', { class: 'value' }, v.value),
        el('span', { class: 'badge' }, { consensus: 'CONSENSUS', agrees: 'AGREES', dissent: 'DISSENT' }[s] || ''),
        el('span', { class: 'muted' }, ' ' + v.sources + (v.sources === 1 ? ' source' : ' sources')),
        ...v.claims.map(c => el('div', { class: 'claim', 'data-article': c.articleId },
          el('div', { class: 'who' }, el('strong', { class: 'source' }, c.source || 'unknown source'), ' · ',
            el('span', { class: 'title' }, c.title || c.articleId), ' · ', el('span', { class: 'muted' }, time(c.publishedAt))),
          el('p', { class: 'sentence' }, highlighted(c.sentence, c.display)))));
    }));
}

// A timeline: one row per source, a dot for each value it gave, at the time it published.
function timeline(e) {
  const NS = 'http://www.w3.org/2000/svg';
  const points = [];
  for (const a of e.attributes) for (const v of a.values) for (const c of v.claims) {
    points.push({ source: (c.source || c.articleId), t: Date.parse(c.publishedAt), label: a.attribute + ': ' + v.value, cls: standing(a, v) });
  }
  const sources = [...new Set(points.sort((p, q) => p.t - q.t).map(p => p.source))];
  const left = 170, right = 20, top = 24, row = 28, width = 900;
  const height = top + row * Math.max(1, sources.length) + 24;
  const t0 = Math.min(...points.map(p => p.t)), t1 = Math.max(...points.map(p => p.t));
  const x = (t) => t1 === t0 ? left + (width - left - right) / 2 : left + (t - t0) / (t1 - t0) * (width - left - right);
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('class', 'timeline');
  svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
  const add = (tag, attrs, text) => {
    const n = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text;
    svg.append(n);
    return n;
  };
  sources.forEach((s, i) => {
    const y = top + i * row + row / 2;
    add('line', { class: 'axis', x1: left, x2: width - right, y1: y, y2: y });
    add('text', { x: 4, y: y + 4 }, s.length > 26 ? s.slice(0, 25) + '…' : s);
  });
  const stacked = {};
  for (const p of points) {
    const y = top + sources.indexOf(p.source) * row + row / 2;
    const k = p.source + '|' + p.t;
    const n = (stacked[k] = (stacked[k] || 0) + 1);
    const dot = add('circle', { class: 'dot ' + p.cls, cx: x(p.t) + (n - 1) * 9, cy: y, r: 5 });
    const tip = document.createElementNS(NS, 'title');
    tip.textContent = p.source + ', ' + time(new Date(p.t).toISOString()) + ': ' + p.label;
    dot.append(tip);
  }
  add('text', { x: left, y: 14 }, 'each dot a claim at its publication time · green: bears out the consensus · red: contradicts it · grey: no consensus yet');
  if (points.length) {
    add('text', { x: left, y: height - 6 }, time(new Date(t0).toISOString()));
    if (t1 !== t0) add('text', { x: width - right, y: height - 6, 'text-anchor': 'end' }, time(new Date(t1).toISOString()));
  }
  return svg;
}

// ---- pages ----

function route() {
  const hash = location.hash || '#/';
  const page = hash.startsWith('#/events/') ? 'event' : hash === '#/events' ? 'events' : 'feed';
  document.getElementById('feed-page').hidden = page !== 'feed';
  document.getElementById('events-page').hidden = page !== 'events';
  document.getElementById('event-page').hidden = page !== 'event';
  if (page === 'event') showEvent(decodeURIComponent(hash.slice('#/events/'.length)));
  if (page === 'events') showEvents();
}

document.addEventListener('DOMContentLoaded', () => {
  for (const id of ['filter-attribute', 'filter-text', 'show-agreements']) document.getElementById(id).addEventListener('input', renderFeed);
  for (const id of ['events-text', 'events-attribute']) document.getElementById(id).addEventListener('input', showEvents);
  for (const form of document.querySelectorAll('form')) form.addEventListener('submit', (e) => e.preventDefault());
  window.addEventListener('hashchange', route);
  route();
  connect();
  refreshCounters();
  setInterval(refreshCounters, 3000);
});
