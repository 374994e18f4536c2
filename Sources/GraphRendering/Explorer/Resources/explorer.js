// The explorer page's script. It draws nothing and ranks nothing itself: the diagrams are Graphviz's SVG and the
// rankings and centralities were computed by the library (graph-tool) and embedded as JSON; this script looks them
// up, shows them, and keeps the diagram, the panels and the filters in step. Every text from the data goes in as
// text (textContent, createTextNode), never as markup; the SVG is parsed as XML and stripped of anything active.
'use strict';
(function () {
  const D = JSON.parse(document.getElementById('explorer-data').textContent);
  const $ = (id) => document.getElementById(id);
  const SVGNS = 'http://www.w3.org/2000/svg';

  // ---------- small helpers ----------
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  const nice = (s) => String(s).replace(/_/g, ' ');
  const fmt = (x) => (Number.isInteger(x) && Math.abs(x) < 1e6 ? String(x) : Math.abs(x) >= 1e4 || Math.abs(x) < 1e-3 ? x.toExponential(3) : x.toPrecision(4));
  function kindChip(kind) {
    const k = D.kinds.find((k) => k.id === kind);
    const chip = el('span', { class: 'kind-chip', text: nice(kind) });
    if (k) { chip.style.borderColor = k.border; chip.style.backgroundColor = k.fill; }
    return chip;
  }

  // ---------- the graph ----------
  const N = D.nodes.length;
  const outEdges = D.nodes.map(() => []);
  const inEdges = D.nodes.map(() => []);
  D.edges.forEach((e, i) => { outEdges[e.source].push(i); inEdges[e.target].push(i); });
  const strength = (level) => D.evidenceLevels.length - 1 - D.evidenceLevels.indexOf(level);
  const areaNodes = D.nodes.map((n, i) => i).filter((i) => D.nodes[i].kind === 'area');
  const hasRankings = Object.keys(D.rankings).length > 0;

  const state = {
    view: 0, selected: null, path: null, sizeBy: '',
    minEvidence: D.evidenceLevels[D.evidenceLevels.length - 1],
    hiddenKinds: new Set(), hiddenAreas: new Set(),
    sortMeasure: D.measures[0], sortDescending: true,
  };

  function evidenceShown(level) { return strength(level) >= strength(state.minEvidence); }
  function nodeShown(i) {
    const n = D.nodes[i];
    if (state.hiddenKinds.has(n.kind) || !evidenceShown(n.evidence)) return false;
    if (n.kind === 'area' && state.hiddenAreas.has(i)) return false;
    if (n.kind === 'recommendation' && n.area !== null && n.area !== undefined && state.hiddenAreas.has(n.area)) return false;
    return true;
  }
  function edgeShown(i) {
    const e = D.edges[i];
    return evidenceShown(e.evidence) && nodeShown(e.source) && nodeShown(e.target);
  }

  // ---------- views ----------
  const viewMembers = D.views.map((v) => {
    const set = new Set();
    for (const m of v.svg.matchAll(/id="node:(\d+)"/g)) set.add(Number(m[1]));
    return set;
  });
  const parsed = [];
  let current = null; // { svg, nodes: Map, edges: Map, aggregates: [], box, home }

  function sanitize(root) {
    const doomed = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let n = walker.currentNode; n; n = walker.nextNode()) {
      const name = n.localName.toLowerCase();
      if (name === 'script' || name === 'foreignobject' || name === 'iframe' || name === 'style') { doomed.push(n); continue; }
      for (const a of Array.from(n.attributes)) {
        const an = a.name.toLowerCase();
        if (an.startsWith('on') || an === 'style' || an === 'href' || an.endsWith(':href') || an === 'src') n.removeAttribute(a.name);
      }
    }
    doomed.forEach((n) => n.remove());
  }

  function parseView(index) {
    if (parsed[index]) return parsed[index];
    const doc = new DOMParser().parseFromString(D.views[index].svg, 'image/svg+xml');
    const svg = doc.documentElement;
    if (svg.localName !== 'svg') throw new Error('view ' + D.views[index].id + ' is not SVG');
    sanitize(svg);
    const imported = document.importNode(svg, true);
    imported.removeAttribute('width');
    imported.removeAttribute('height');
    imported.setAttribute('role', 'img');
    imported.setAttribute('aria-label', D.views[index].title);
    const nodes = new Map(), edges = new Map(), aggregates = [];
    for (const g of imported.querySelectorAll('g.node')) {
      const m = /^node:(\d+)$/.exec(g.id);
      if (!m) continue;
      const i = Number(m[1]);
      nodes.set(i, g);
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', D.nodes[i].label + ' (' + nice(D.nodes[i].kind) + ')');
      g.dataset.node = String(i);
    }
    for (const g of imported.querySelectorAll('g.edge')) {
      const m = /^edge:(\d+)$/.exec(g.id);
      if (m) { edges.set(Number(m[1]), g); continue; }
      const members = D.views[index].aggregates[g.id];
      if (members) aggregates.push({ g, members });
    }
    const vb = (imported.getAttribute('viewBox') || '0 0 100 100').split(/[\s,]+/).map(Number);
    const drawing = { x: vb[0], y: vb[1], w: vb[2], h: vb[3] };
    parsed[index] = { svg: imported, nodes, edges, aggregates, drawing, home: null, box: null };
    return parsed[index];
  }

  function showView(index) {
    state.view = index;
    current = parseView(index);
    const box = $('diagram');
    box.replaceChildren(current.svg);
    current.home = homeBox(current.drawing);
    if (!current.box) current.box = Object.assign({}, current.home);
    $('view-select').value = String(index);
    applyBox();
    applyFilters();
    applySize();
    applyHighlight();
  }

  function smallestViewWith(nodes) {
    let best = -1;
    viewMembers.forEach((set, i) => {
      if (nodes.every((n) => set.has(n)) && (best < 0 || set.size < viewMembers[best].size)) best = i;
    });
    return best;
  }
  function ensureVisible(nodes) {
    if (nodes.every((n) => viewMembers[state.view].has(n))) return;
    const v = smallestViewWith(nodes);
    if (v >= 0 && v !== state.view) showView(v);
  }

  // ---------- pan and zoom (viewBox) ----------
  // The viewBox always has the pane's aspect ratio, so its width alone says the zoom.
  function aspect() {
    const r = diagram.getBoundingClientRect();
    return r.width > 0 && r.height > 0 ? r.height / r.width : 0.75;
  }
  /// The whole drawing, centred, in a box of the pane's shape.
  function homeBox(d) {
    const a = aspect();
    const w = Math.max(d.w, d.h / a), h = w * a;
    return { x: d.x - (w - d.w) / 2, y: d.y - (h - d.h) / 2, w, h };
  }
  function applyBox() {
    const b = current.box;
    current.svg.setAttribute('viewBox', [b.x, b.y, b.w, b.h].map((v) => v.toFixed(2)).join(' '));
  }
  function toSVG(clientX, clientY) {
    const m = current.svg.getScreenCTM();
    if (!m) return { x: current.box.x + current.box.w / 2, y: current.box.y + current.box.h / 2 };
    const p = new DOMPoint(clientX, clientY).matrixTransform(m.inverse());
    return { x: p.x, y: p.y };
  }
  function zoom(factor, cx, cy) {
    const b = current.box;
    const h = current.home;
    const w = Math.min(Math.max(b.w / factor, h.w / 50), h.w * 2);
    const f = b.w / w;
    if (cx === undefined) { cx = b.x + b.w / 2; cy = b.y + b.h / 2; }
    b.x = cx - (cx - b.x) / f; b.y = cy - (cy - b.y) / f; b.w = w; b.h = b.h / f;
    applyBox();
  }
  function pan(dx, dy) { current.box.x += dx; current.box.y += dy; applyBox(); }
  function fit() { current.box = Object.assign({}, current.home); applyBox(); }
  /// Pans (and zooms) so that `elements` are in the middle, at least `minWidth` drawing units across (700: a
  /// label's 10 pt text at about its own size in a pane of 800 pixels) and never closer than a quarter of the drawing.
  function centreOn(elements, minWidth) {
    if (!elements.length) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const e of elements) {
      const r = e.getBoundingClientRect();
      if (!r.width && !r.height) continue;
      const a = toSVG(r.left, r.top), b = toSVG(r.right, r.bottom);
      x0 = Math.min(x0, a.x); y0 = Math.min(y0, a.y); x1 = Math.max(x1, b.x); y1 = Math.max(y1, b.y);
    }
    if (!isFinite(x0)) return;
    const box = current.box;
    const pad = 1.3, a = aspect();
    const w = Math.min(current.home.w, Math.max((x1 - x0) * pad, (y1 - y0) * pad / a, minWidth || 0, current.home.w / 4));
    const h = w * a;
    box.w = w; box.h = h;
    box.x = (x0 + x1) / 2 - w / 2; box.y = (y0 + y1) / 2 - h / 2;
    applyBox();
  }

  const pointers = new Map();
  let dragStart = null, pinchStart = null, moved = false;
  const diagram = $('diagram');
  diagram.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const p = toSVG(ev.clientX, ev.clientY);
    zoom(ev.deltaY < 0 ? 1.2 : 1 / 1.2, p.x, p.y);
  }, { passive: false });
  diagram.addEventListener('pointerdown', (ev) => {
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    try { diagram.setPointerCapture(ev.pointerId); } catch (e) { /* a pointer the browser does not track */ }
    moved = false;
    if (pointers.size === 1) dragStart = { x: ev.clientX, y: ev.clientY, box: Object.assign({}, current.box), target: ev.target };
    if (pointers.size === 2) {
      const [a, b] = Array.from(pointers.values());
      pinchStart = { d: Math.hypot(a.x - b.x, a.y - b.y), w: current.box.w };
    }
  });
  diagram.addEventListener('pointermove', (ev) => {
    if (!pointers.has(ev.pointerId)) return;
    pointers.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
    if (pointers.size === 2 && pinchStart) {
      const [a, b] = Array.from(pointers.values());
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      const c = toSVG((a.x + b.x) / 2, (a.y + b.y) / 2);
      zoom(current.box.w / (pinchStart.w * pinchStart.d / Math.max(d, 1)), c.x, c.y);
      moved = true;
    } else if (dragStart) {
      const dx = ev.clientX - dragStart.x, dy = ev.clientY - dragStart.y;
      if (Math.abs(dx) + Math.abs(dy) > 4) { moved = true; diagram.classList.add('dragging'); }
      if (moved) {
        const rect = diagram.getBoundingClientRect();
        const scale = Math.max(dragStart.box.w / rect.width, dragStart.box.h / rect.height);
        current.box.x = dragStart.box.x - dx * scale; current.box.y = dragStart.box.y - dy * scale;
        applyBox();
      }
    }
  });
  function pointerEnd(ev) {
    if (!pointers.has(ev.pointerId)) return;
    pointers.delete(ev.pointerId);
    diagram.classList.remove('dragging');
    if (pointers.size < 2) pinchStart = null;
    if (pointers.size === 0) {
      if (!moved && dragStart) {
        const g = dragStart.target.closest && dragStart.target.closest('g.node');
        if (g && g.dataset.node !== undefined) selectNode(Number(g.dataset.node));
      }
      dragStart = null;
    }
  }
  diagram.addEventListener('pointerup', pointerEnd);
  diagram.addEventListener('pointercancel', pointerEnd);
  diagram.addEventListener('keydown', (ev) => {
    const g = ev.target.closest && ev.target.closest('g.node');
    if ((ev.key === 'Enter' || ev.key === ' ') && g && g.dataset.node !== undefined) {
      ev.preventDefault(); selectNode(Number(g.dataset.node), { focusPanel: true }); return;
    }
    const b = current.box, step = 0.1;
    const keys = {
      ArrowLeft: () => pan(-b.w * step, 0), ArrowRight: () => pan(b.w * step, 0),
      ArrowUp: () => pan(0, -b.h * step), ArrowDown: () => pan(0, b.h * step),
      '+': () => zoom(1.25), '=': () => zoom(1.25), '-': () => zoom(1 / 1.25), '0': fit,
    };
    if (keys[ev.key]) { ev.preventDefault(); keys[ev.key](); }
  });
  $('zoom-in').addEventListener('click', () => zoom(1.25));
  $('zoom-out').addEventListener('click', () => zoom(1 / 1.25));
  $('zoom-reset').addEventListener('click', fit);
  window.addEventListener('resize', () => {
    if (!current) return;
    const a = aspect(), b = current.box, cy = b.y + b.h / 2;
    current.home = homeBox(current.drawing);
    b.h = b.w * a; b.y = cy - b.h / 2;
    applyBox();
  });
  $('clear-selection').addEventListener('click', () => { state.selected = null; state.path = null; applyHighlight(); renderNodePanel(); renderRecommendations(); });

  // ---------- filters ----------
  function applyFilters() {
    if (!current) return;
    for (const [i, g] of current.nodes) g.classList.toggle('is-hidden', !nodeShown(i));
    for (const [i, g] of current.edges) g.classList.toggle('is-hidden', !edgeShown(i));
    for (const a of current.aggregates) a.g.classList.toggle('is-hidden', !a.members.some(edgeShown));
  }

  function filterStatus() {
    const parts = [];
    let hiddenNodes = 0, hiddenEdges = 0;
    for (let i = 0; i < N; i++) if (!nodeShown(i)) hiddenNodes++;
    for (let i = 0; i < D.edges.length; i++) if (!edgeShown(i)) hiddenEdges++;
    if (state.hiddenKinds.size) parts.push('kinds ' + Array.from(state.hiddenKinds).map(nice).join(', '));
    if (state.hiddenAreas.size) parts.push('areas ' + Array.from(state.hiddenAreas).map((i) => D.nodes[i].label).join(', '));
    if (strength(state.minEvidence) > 0) parts.push("evidence weaker than '" + state.minEvidence + "'");
    $('filter-status').textContent = parts.length
      ? 'Hidden in the diagram, the search and every panel: ' + hiddenNodes + ' of ' + N + ' nodes and ' + hiddenEdges + ' of ' + D.edges.length + ' edges (' + parts.join('; ') + ').'
      : 'Showing all ' + N + ' nodes and ' + D.edges.length + ' edges.';
  }

  function buildFilters() {
    const kindBox = $('kind-filter');
    for (const k of D.kinds) {
      const id = 'kind-' + k.id;
      const box = el('input', { type: 'checkbox', id, checked: true });
      box.addEventListener('change', () => { if (box.checked) state.hiddenKinds.delete(k.id); else state.hiddenKinds.add(k.id); refresh(); });
      kindBox.append(el('label', { for: id }, box, ' ' + nice(k.label) + ' (' + k.count + ')'));
    }
    if (areaNodes.length) {
      const areaBox = $('area-filter');
      areaBox.hidden = false;
      for (const i of areaNodes) {
        const id = 'area-' + i;
        const box = el('input', { type: 'checkbox', id, checked: true });
        box.addEventListener('change', () => { if (box.checked) state.hiddenAreas.delete(i); else state.hiddenAreas.add(i); refresh(); });
        areaBox.append(el('label', { for: id }, box, ' ' + (D.nodes[i].aliases[0] || D.nodes[i].label)));
      }
    }
    if (D.evidenceLevels.length > 1) {
      $('evidence-filter').hidden = false;
      const sel = $('min-evidence');
      for (const level of D.evidenceLevels.slice().reverse()) sel.append(el('option', { value: level, text: level }));
      sel.value = state.minEvidence;
      sel.addEventListener('change', () => { state.minEvidence = sel.value; refresh(); });
    }
  }

  function refresh() {
    applyFilters();
    filterStatus();
    applySize();
    applyHighlight();
    renderNodePanel();
    renderRecommendations();
    renderLens();
    renderCentrality();
    runSearch();
  }

  // ---------- node size by a measure ----------
  function scores(measure) {
    const entry = (D.centrality[state.minEvidence] || {})[measure];
    return entry && entry.scores ? entry.scores : null;
  }
  function applySize() {
    if (!current) return;
    const s = state.sizeBy ? scores(state.sizeBy) : null;
    let max = 0;
    if (s) for (const [i] of current.nodes) if (nodeShown(i)) max = Math.max(max, s[i]);
    for (const [i, g] of current.nodes) {
      if (!s || max <= 0) { g.removeAttribute('transform'); continue; }
      const b = g.getBBox();
      const cx = b.x + b.width / 2, cy = b.y + b.height / 2;
      const k = 0.6 + 1.2 * (s[i] / max);
      g.setAttribute('transform', 'translate(' + cx.toFixed(2) + ' ' + cy.toFixed(2) + ') scale(' + k.toFixed(3) + ') translate(' + (-cx).toFixed(2) + ' ' + (-cy).toFixed(2) + ')');
    }
  }

  // ---------- selection and highlight ----------
  function applyHighlight() {
    if (!current) return;
    const svg = current.svg;
    for (const g of svg.querySelectorAll('.is-near, .is-selected, .is-on-path')) g.classList.remove('is-near', 'is-selected', 'is-on-path');
    const nearNodes = new Set(), nearEdges = new Set(), pathNodes = new Set(), pathEdges = new Set();
    if (state.path) {
      const { nodes, edges } = pathParts(state.path.steps);
      nodes.forEach((n) => { nearNodes.add(n); pathNodes.add(n); });
      edges.forEach((e) => { nearEdges.add(e); pathEdges.add(e); });
    } else if (state.selected !== null) {
      const s = state.selected;
      nearNodes.add(s);
      for (const e of outEdges[s].concat(inEdges[s])) {
        if (!edgeShown(e)) continue;
        nearEdges.add(e);
        nearNodes.add(D.edges[e].source); nearNodes.add(D.edges[e].target);
      }
    }
    const any = state.path !== null || state.selected !== null;
    svg.classList.toggle('has-selection', any);
    for (const n of nearNodes) { const g = current.nodes.get(n); if (g) g.classList.add('is-near'); }
    for (const e of nearEdges) { const g = current.edges.get(e); if (g) g.classList.add('is-near'); }
    for (const a of current.aggregates) if (a.members.some((m) => nearEdges.has(m)) || (state.selected !== null && !state.path && a.members.some((m) => D.edges[m].target === state.selected))) a.g.classList.add('is-near');
    if (state.selected !== null && !state.path) { const g = current.nodes.get(state.selected); if (g) g.classList.add('is-selected'); }
    for (const n of pathNodes) { const g = current.nodes.get(n); if (g) g.classList.add('is-on-path'); }
    for (const e of pathEdges) { const g = current.edges.get(e); if (g) g.classList.add('is-on-path'); }
  }

  /// A path as embedded: the start node, then the edges in order; each edge leads from the node reached so far.
  function pathParts(steps) {
    const nodes = [steps[0]], edges = [];
    let at = steps[0];
    for (const e of steps.slice(1)) {
      const edge = D.edges[e];
      at = edge.source === at ? edge.target : edge.source;
      nodes.push(at); edges.push(e);
    }
    return { nodes, edges };
  }

  function selectNode(i, options) {
    options = options || {};
    state.selected = i;
    state.path = null;
    if (nodeShown(i)) ensureVisible([i]);
    applyHighlight();
    const g = current.nodes.get(i);
    if (g && options.centre !== false && !g.classList.contains('is-hidden')) centreOn([g], 700);
    renderNodePanel();
    renderRecommendations();
    renderLens();
    markCentralityRow();
    showTab(options.tab || 'node', options.focusPanel);
  }

  function selectPath(steps, button) {
    state.path = { steps };
    const { nodes } = pathParts(steps);
    ensureVisible(nodes);
    applyHighlight();
    centreOn(nodes.map((n) => current.nodes.get(n)).filter(Boolean));
    for (const b of document.querySelectorAll('button.path.current')) b.classList.remove('current');
    if (button) { button.classList.add('current'); button.setAttribute('aria-pressed', 'true'); }
  }

  // ---------- panels ----------
  function showTab(name, focusPanel) {
    for (const t of ['node', 'recs', 'lens', 'centrality']) {
      const on = t === name;
      $('tab-' + t).setAttribute('aria-selected', on ? 'true' : 'false');
      $('tab-' + t).tabIndex = on ? 0 : -1;
      $('panel-' + t).hidden = !on;
    }
    if (focusPanel) { const h = $('panel-' + name).querySelector('h2') || $('panel-' + name); h.focus(); }
  }
  (function tabs() {
    // a graph without recommendations or a trafficking lens has no use for their tabs
    if (!hasRankings) $('tab-recs').hidden = true;
    if (!D.lens && !Object.keys(D.matrix).length) $('tab-lens').hidden = true;
    const names = ['node', 'recs', 'lens', 'centrality'].filter((n) => !$('tab-' + n).hidden);
    names.forEach((n, k) => {
      const tab = $('tab-' + n);
      tab.addEventListener('click', () => showTab(n));
      tab.addEventListener('keydown', (ev) => {
        const d = ev.key === 'ArrowRight' ? 1 : ev.key === 'ArrowLeft' ? -1 : 0;
        if (!d) return;
        const next = names[(k + d + names.length) % names.length];
        showTab(next); $('tab-' + next).focus();
      });
    });
  })();

  function nodeButton(i, extra) {
    const b = el('button', { type: 'button', class: 'link', 'data-node': i, text: D.nodes[i].label + (extra || '') });
    b.addEventListener('click', () => selectNode(i, { focusPanel: true }));
    return b;
  }

  function citationItem(c) {
    const s = c.source !== null && c.source !== undefined ? D.sources[c.source] : null;
    const li = el('li');
    li.append(el('strong', { text: c.key }), ' ');
    if (s) {
      li.append(s.title + (s.author ? ' — ' + s.author : '') + (s.year ? ' (' + s.year + ')' : ''));
      if (c.locator) li.append(', ' + c.locator);
      if (s.url) { li.append(' '); li.append(el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer', text: s.url })); }
      else if (s.path) li.append(' (file shipped with the data: ' + s.path + ')');
      if (s.note) li.append(el('div', { class: 'note', text: s.note }));
    } else {
      li.append((c.locator ? c.locator + ' ' : '') + '(not in the bibliography)');
    }
    return li;
  }

  function citationText(cs) { return cs.map((c) => c.key + (c.locator ? ' ' + c.locator : '')).join('; '); }

  function renderNodePanel() {
    const panel = $('panel-node');
    panel.replaceChildren();
    const i = state.selected;
    if (i === null) {
      panel.append(el('p', { class: 'hint', text: 'Search, or select a node in the diagram, to see what it is, who says so, and what it connects to.' }));
      return;
    }
    const n = D.nodes[i];
    panel.append(el('h2', { tabindex: '-1', id: 'node-title', text: n.label }));
    const dl = el('dl');
    const row = (k, v) => { if (v !== null && v !== undefined && v !== '') dl.append(el('dt', { text: k }), el('dd', {}, v)); };
    row('Kind', kindChip(n.kind));
    row('ID', el('code', { text: n.id }));
    if (D.typed) row('Evidence', el('span', { class: 'evidence', text: n.evidence }));
    row('Aliases', n.aliases.length ? n.aliases.join(' · ') : null);
    if (n.area !== null && n.area !== undefined) row('Area', nodeButton(n.area));
    panel.append(dl);
    if (!nodeShown(i)) panel.append(el('p', { class: 'note', text: 'This node is hidden by the filters above.' }));
    if (n.description) panel.append(el('p', { text: n.description }));
    if (n.caveat) panel.append(el('p', { class: 'caveat', role: 'note', text: 'Caveat: ' + n.caveat }));
    if (n.attributes.length) {
      panel.append(el('h3', { text: 'Attributes' }));
      const a = el('dl', { class: 'attributes' });
      for (const [k, v] of n.attributes) a.append(el('dt', { text: k }), el('dd', { text: v }));
      panel.append(a);
    }
    if (n.citations.length) {
      panel.append(el('h3', { text: 'Sources' }));
      panel.append(el('ul', { class: 'citations' }, ...n.citations.map(citationItem)));
    }
    let hidden = 0;
    function group(title, edges, outgoing) {
      const byRelation = new Map();
      for (const e of edges) {
        if (!edgeShown(e)) { hidden++; continue; }
        const r = D.edges[e].relation;
        if (!byRelation.has(r)) byRelation.set(r, []);
        byRelation.get(r).push(e);
      }
      if (!byRelation.size) return;
      panel.append(el('h3', { text: title }));
      for (const [r, list] of byRelation) {
        const ul = el('ul', { 'aria-label': outgoing === false ? 'is ' + nice(r) + ' by' : nice(r) });
        for (const e of list) {
          const edge = D.edges[e];
          const other = edge.source === i ? edge.target : edge.source;
          const li = el('li', {}, nodeButton(other));
          const detail = [D.typed ? edge.evidence : null, citationText(edge.citations) || null, edge.weight !== null && edge.weight !== undefined ? 'weight ' + fmt(edge.weight) : null].filter(Boolean).join(' · ');
          if (detail) li.append(' ', el('span', { class: 'note', text: detail }));
          if (edge.note) li.append(el('div', { class: 'note', text: edge.note }));
          ul.append(li);
        }
        panel.append(el('p', { class: 'relation', text: outgoing === null ? nice(r) + ' —' : outgoing ? nice(r) + ' →' : '← ' + nice(r) }), ul);
      }
    }
    if (D.directed) {
      group('Outgoing', outEdges[i], true);
      group('Incoming', inEdges[i], false);
    } else {
      // an undirected graph's edges have no direction to sort them by: one list, each edge from the node's side
      group('Neighbours', Array.from(new Set(outEdges[i].concat(inEdges[i]))), null);
    }
    if (hidden) panel.append(el('p', { class: 'note', text: hidden + ' link(s) hidden by the filters.' }));
    if (rankingFor(i)) {
      const b = el('button', { type: 'button', id: 'show-recs', text: 'Recommendations relevant to ' + n.label });
      b.addEventListener('click', () => showTab('recs', true));
      panel.append(el('p', {}, b));
    }
    if (D.lens && (D.lens.practices[state.minEvidence] || {})[String(i)]) {
      const b = el('button', { type: 'button', id: 'show-lens', text: 'Read it through the trafficking lens' });
      b.addEventListener('click', () => showTab('lens', true));
      panel.append(el('p', {}, b));
    }
  }

  function rankingFor(i) {
    if (!hasRankings || i === null) return null;
    return (D.rankings[state.minEvidence] || {})[String(i)] || null;
  }

  function pathLabel(steps) {
    const { nodes, edges } = pathParts(steps);
    let text = D.nodes[nodes[0]].label;
    edges.forEach((e, k) => {
      const edge = D.edges[e];
      const forward = edge.source === nodes[k];
      text += forward ? ' —' + nice(edge.relation) + '→ ' : ' ←' + nice(edge.relation) + '— ';
      text += D.nodes[nodes[k + 1]].label;
    });
    return text;
  }

  function renderRecommendations() {
    const panel = $('panel-recs');
    panel.replaceChildren();
    const i = state.selected;
    const ranking = rankingFor(i);
    if (!ranking) {
      panel.append(el('p', { class: 'hint', text: !hasRankings ? 'This graph has no recommendations.'
        : i === null ? 'Select a practice (or any node but a recommendation or an area) to see the recommendations relevant to it.'
        : D.nodes[i].label + ' is a ' + nice(D.nodes[i].kind) + ': recommendations are ranked for the other kinds of node.' }));
      return;
    }
    panel.append(el('h2', { tabindex: '-1', text: 'Recommendations for ' + D.nodes[i].label }));
    const shown = ranking.recommendations.filter((r) => nodeShown(r.recommendation));
    const hiddenCount = ranking.recommendations.length - shown.length;
    panel.append(el('p', { class: 'note', text: ranking.recommendations.length + ' of ' + ranking.of + ' recommendations linked at evidence \'' + state.minEvidence + '\' or stronger, ranked by the library (the same as graph-tool recommend)' + (hiddenCount ? '; ' + hiddenCount + ' hidden by the filters, ranks are among all of them' : '') + '.' }));
    if (ranking.caveat) panel.append(el('p', { class: 'caveat', role: 'note', text: 'Caveat: ' + ranking.caveat }));
    if (ranking.emptyReason) panel.append(el('p', { text: 'None: ' + ranking.emptyReason }));
    if (ranking.note) panel.append(el('p', { class: 'note', text: ranking.note }));
    const bands = [['Address it directly', shown.filter((r) => r.direct), 'recs-direct'], ['Reached only through other nodes', shown.filter((r) => !r.direct), 'recs-indirect']];
    for (const [title, list, id] of bands) {
      if (!list.length) continue;
      panel.append(el('h3', { text: title + ' (' + list.length + ')' }));
      const ol = el('ol', { id, class: 'recs', 'aria-label': title });
      for (const r of list) {
        const rec = D.nodes[r.recommendation];
        const li = el('li', { class: 'rec', 'data-rec-id': rec.id });
        const area = rec.area !== null && rec.area !== undefined ? ' · ' + (D.nodes[rec.area].aliases[0] || D.nodes[rec.area].label) : '';
        li.append(el('strong', { text: '#' + r.rank + ' ' + rec.id }), ' ', nodeButton(r.recommendation), el('span', { class: 'score', text: area + ' · score ' + fmt(r.score) + ' · ' + r.pathCount + ' path(s)' }));
        const paths = el('ul', { class: 'paths', 'aria-label': 'Why: explanation paths' });
        r.paths.forEach((steps) => {
          const b = el('button', { type: 'button', class: 'link path', 'aria-pressed': 'false', text: pathLabel(steps) });
          b.addEventListener('click', () => selectPath(steps, b));
          paths.append(el('li', {}, b));
        });
        li.append(paths);
        ol.append(li);
      }
      panel.append(ol);
    }
  }

  // ---------- the trafficking lens and the intersection matrix ----------
  function renderLens() {
    const panel = $('panel-lens');
    panel.replaceChildren();
    if (!D.lens) {
      panel.append(el('p', { class: 'hint', text: D.lensNote ? 'No trafficking lens: ' + D.lensNote : 'This graph has no practices to read through the trafficking lens.' }));
    } else {
      const i = state.selected;
      const entry = i === null ? null : (D.lens.practices[state.minEvidence] || {})[String(i)];
      if (!entry) {
        panel.append(el('p', { class: 'hint', text: 'Select a practice to read it through the definition of trafficking (Palermo Protocol art. 3): an act, by means, for the purpose of exploitation; for a child the means are not required.' }));
      } else {
        panel.append(el('h2', { tabindex: '-1', text: 'The lens on ' + D.nodes[i].label }));
        panel.append(el('p', { class: 'note', text: 'As graph-tool lens computes it, from the edges at evidence \'' + state.minEvidence + '\' or stronger. An analytic aid on the graph, not a legal determination.' }));
        // the verdicts are the library's on every link at this evidence level; the kind filters only hide entries
        let hidden = 0;
        for (const [title, links] of [['Acts', entry.acts], ['Means', entry.means], ['Purposes (forms of exploitation)', entry.purposes]]) {
          panel.append(el('h3', { text: title + ' (' + links.length + ')' }));
          if (!links.length) { panel.append(el('p', { class: 'caveat', text: 'None linked: this element is missing.' })); continue; }
          const ul = el('ul');
          for (const l of links) {
            if (!nodeShown(l.node)) { hidden++; continue; }
            ul.append(el('li', {}, nodeButton(l.node), ' ', el('span', { class: 'note', text: l.evidence + (l.citations.length ? ' · ' + citationText(l.citations) : '') })));
          }
          panel.append(ul);
        }
        panel.append(el('h3', { text: 'For each victim group it targets' }));
        const table = el('table', { id: 'lens-verdicts' }, el('caption', { text: 'Children: ' + D.lens.childrenDeclared }));
        table.append(el('thead', {}, el('tr', {}, ...['Victim group', 'Child', 'Requires', 'Verdict', 'Weakest evidence'].map((h) => el('th', { scope: 'col', text: h })))));
        const body = el('tbody');
        for (const v of entry.verdicts) {
          if (!nodeShown(v.group)) { hidden++; continue; }
          const verdict = v.missing.length ? 'missing ' + v.missing.join(', ') : 'all elements present';
          body.append(el('tr', { 'data-group': D.nodes[v.group].id, 'data-holds': v.missing.length ? 'false' : 'true' },
            el('td', {}, nodeButton(v.group)), el('td', { text: v.child ? 'yes' : 'no' }), el('td', { text: v.required.join(' + ') }),
            el('td', { text: verdict }), el('td', { text: v.weakestEvidence || '—' })));
        }
        table.append(body);
        panel.append(el('div', { class: 'table-wrap' }, table));
        if (hidden) panel.append(el('p', { class: 'note', text: hidden + ' entr' + (hidden === 1 ? 'y' : 'ies') + ' hidden by the filters (the verdicts still count them).' }));
      }
    }
    renderMatrix(panel);
  }

  function renderMatrix(panel) {
    const m = D.matrix[state.minEvidence];
    if (!m) return;
    panel.append(el('h2', { text: 'Where they intersect' }));
    panel.append(el('p', { class: 'note', text: 'Terrorist groups × forms of exploitation, through the practices that join them (graph-tool matrix). A cell counts the practices; choose it to list them.' }));
    const table = el('table', { id: 'matrix' }, el('caption', { text: 'Groups × forms, via practices, evidence \'' + state.minEvidence + '\' or stronger' }));
    table.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '' }), ...m.columns.map((c) => el('th', { scope: 'col', text: D.nodes[c].label })))));
    const body = el('tbody');
    const listing = el('div', { id: 'matrix-cell', 'aria-live': 'polite' });
    m.rows.forEach((r, ri) => {
      const tr = el('tr', {}, el('th', { scope: 'row', text: D.nodes[r].label }));
      m.columns.forEach((c, ci) => {
        const cell = m.cells[ri][ci];
        const shown = cell.via.filter(nodeShown);
        const td = el('td');
        if (shown.length) {
          const b = el('button', { type: 'button', class: 'link', 'data-row': D.nodes[r].id, 'data-column': D.nodes[c].id,
            'aria-label': D.nodes[r].label + ' × ' + D.nodes[c].label + ': ' + shown.length + ' practice(s)', text: String(shown.length) });
          b.addEventListener('click', () => {
            listing.replaceChildren(el('p', { text: D.nodes[r].label + ' × ' + D.nodes[c].label + ' (weakest evidence ' + cell.weakestEvidence + '), through:' }),
              el('ul', {}, ...shown.map((v) => el('li', {}, nodeButton(v)))));
          });
          td.append(b);
        } else td.textContent = '·';
        tr.append(td);
      });
      body.append(tr);
    });
    table.append(body);
    panel.append(el('div', { class: 'table-wrap' }, table), listing);
  }

  // ---------- centrality table ----------
  function buildCentrality() {
    const sel = $('centrality-kind');
    sel.append(el('option', { value: '', text: 'all kinds' }));
    for (const k of D.kinds) sel.append(el('option', { value: k.id, text: nice(k.label) }));
    if (D.kinds.some((k) => k.id === 'theme')) sel.value = 'theme';
    sel.addEventListener('change', renderCentrality);
    const size = $('size-select');
    for (const m of D.measures) size.append(el('option', { value: m, text: m }));
    size.addEventListener('change', () => { state.sizeBy = size.value; applySize(); });
  }

  function renderCentrality() {
    const table = $('centrality-table');
    const kind = $('centrality-kind').value;
    const level = D.centrality[state.minEvidence] || {};
    const head = el('tr', {}, el('th', { scope: 'col', text: 'Node' }));
    for (const m of D.measures) {
      const b = el('button', { type: 'button', 'data-measure': m, text: m });
      b.addEventListener('click', () => {
        if (state.sortMeasure === m) state.sortDescending = !state.sortDescending; else { state.sortMeasure = m; state.sortDescending = true; }
        renderCentrality();
      });
      head.append(el('th', { scope: 'col', 'aria-sort': state.sortMeasure === m ? (state.sortDescending ? 'descending' : 'ascending') : 'none' }, b));
    }
    table.tHead.replaceChildren(head);
    const rows = [];
    for (let i = 0; i < N; i++) if ((!kind || D.nodes[i].kind === kind) && nodeShown(i)) rows.push(i);
    const sortScores = (level[state.sortMeasure] || {}).scores;
    rows.sort((a, b) => {
      const d = sortScores ? (sortScores[b] - sortScores[a]) * (state.sortDescending ? 1 : -1) : 0;
      return d !== 0 ? d : a - b;
    });
    const body = el('tbody');
    for (const i of rows) {
      const tr = el('tr', { tabindex: '0', 'data-node': i }, el('td', { text: D.nodes[i].label }));
      for (const m of D.measures) {
        const s = (level[m] || {}).scores;
        tr.append(el('td', { text: s ? fmt(s[i]) : '—' }));
      }
      tr.addEventListener('click', () => selectNode(i, { focusPanel: false }));
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); selectNode(i, { focusPanel: true }); } });
      body.append(tr);
    }
    table.replaceChild(body, table.tBodies[0]);
    const errors = D.measures.filter((m) => level[m] && level[m].error).map((m) => m + ': ' + level[m].error);
    $('centrality-caption').textContent = rows.length + ' node(s)' + (kind ? ' of kind ' + nice(kind) : '') + ', computed by the library on the whole graph' + (D.evidenceLevels.length > 1 ? " at evidence '" + state.minEvidence + "' or stronger" : '') + ' (as graph-tool centrality: ' + (D.centralityDirected ? 'directed' : 'undirected') + ', normalized). Select a row to select the node; the column buttons sort.';
    $('centrality-note').textContent = errors.join(' ');
    markCentralityRow();
  }
  function markCentralityRow() {
    for (const tr of $('centrality-table').tBodies[0].rows) tr.classList.toggle('selected', Number(tr.dataset.node) === state.selected);
  }

  // ---------- search (the words graph-tool search matches, embedded per node) ----------
  const input = $('search-input'), results = $('search-results');
  let hits = [], active = -1;
  const words = (s) => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const normal = (s) => s.trim().toLowerCase().replace(/_/g, ' ');
  function search(text) {
    const want = words(text), key = normal(text);
    if (!want.length) return [];
    const holds = (have) => want.every((w) => have.some((h) => h.startsWith(w)));
    const found = [];
    D.nodes.forEach((n, i) => {
      if (!nodeShown(i)) return;
      let field = -1, matched = '', extra = 0;
      const names = [n.id, n.label].concat(n.aliases);
      const exact = names.find((s) => normal(s) === key);
      const alias = exact === undefined ? n.aliasWords.findIndex(holds) : -1;
      if (exact !== undefined) { field = 0; matched = exact; extra = words(exact).length; }
      else if (holds(n.words[0])) { field = 1; matched = n.label; extra = n.words[0].length; }
      else if (alias >= 0) { field = 2; matched = n.aliases[alias]; extra = n.aliasWords[alias].length; }
      else if (holds(n.words[1])) { field = 3; matched = n.id; extra = n.words[1].length; }
      else if (holds(n.words[2])) { field = 4; matched = n.description; extra = n.words[2].length; }
      if (field >= 0) found.push({ i, field, matched, extra });
    });
    found.sort((a, b) => a.field - b.field || a.extra - b.extra || a.i - b.i);
    return found.slice(0, 30);
  }
  const where = ['name', 'label', 'alias', 'ID', 'description'];
  function runSearch() {
    if (document.activeElement !== input && !input.value) return;
    hits = search(input.value);
    active = hits.length ? 0 : -1;
    results.replaceChildren();
    hits.forEach((h, k) => {
      const n = D.nodes[h.i];
      const li = el('li', { role: 'option', id: 'hit-' + k, 'aria-selected': k === active ? 'true' : 'false', 'data-node': h.i },
        n.label, ' ', el('span', { class: 'where', text: '— ' + nice(n.kind) + (h.field > 1 ? ', ' + where[h.field] + ': ' + (h.matched.length > 60 ? h.matched.slice(0, 60) + '…' : h.matched) : '') }));
      li.addEventListener('pointerdown', (ev) => { ev.preventDefault(); choose(k); });
      results.append(li);
    });
    if (input.value && !hits.length) results.append(el('li', { role: 'option', 'aria-disabled': 'true', text: 'No node matches (hidden nodes are not searched).' }));
    // the list opens only while the box has the focus (a filter change elsewhere refreshes it quietly)
    const open = input.value.trim() !== '' && document.activeElement === input;
    results.hidden = !open;
    input.setAttribute('aria-expanded', open ? 'true' : 'false');
    markActive();
  }
  function markActive() {
    Array.from(results.children).forEach((li, k) => li.setAttribute('aria-selected', k === active ? 'true' : 'false'));
    if (active >= 0) { input.setAttribute('aria-activedescendant', 'hit-' + active); const li = $('hit-' + active); if (li) li.scrollIntoView({ block: 'nearest' }); }
    else input.removeAttribute('aria-activedescendant');
  }
  function choose(k) {
    const h = hits[k];
    if (!h) return;
    results.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    selectNode(h.i, { focusPanel: true });
  }
  input.addEventListener('input', runSearch);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') { ev.preventDefault(); if (hits.length) { active = (active + 1) % hits.length; markActive(); } }
    else if (ev.key === 'ArrowUp') { ev.preventDefault(); if (hits.length) { active = (active - 1 + hits.length) % hits.length; markActive(); } }
    else if (ev.key === 'Enter') { ev.preventDefault(); choose(active); }
    else if (ev.key === 'Escape') { results.hidden = true; input.setAttribute('aria-expanded', 'false'); }
  });
  input.addEventListener('blur', () => { results.hidden = true; input.setAttribute('aria-expanded', 'false'); });

  // ---------- start ----------
  const viewSelect = $('view-select');
  D.views.forEach((v, k) => viewSelect.append(el('option', { value: k, text: v.title })));
  viewSelect.addEventListener('change', () => showView(Number(viewSelect.value)));
  if (D.drawnNote) { $('drawn-note').hidden = false; $('drawn-note').textContent = D.drawnNote; }
  $('footer').textContent = D.generator + ' · ' + N + ' nodes, ' + D.edges.length + ' edges, ' + D.sources.length + ' sources · this page loads nothing from any server; a source opens only when its link is clicked.';
  buildFilters();
  buildCentrality();
  if (D.views.length) showView(0);
  filterStatus();
  renderLens();
  renderCentrality();
  document.documentElement.dataset.ready = String(Math.round(performance.now()));
})();
