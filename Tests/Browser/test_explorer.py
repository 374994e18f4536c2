"""The explorer in a real browser: Debian's chromium, driven over WebDriver by chromium-driver.

Writes explorer pages with graph-tool (the bundled dataset, an adversarial copy of it, a user's GraphML file) and
checks what a user would see and do: no console error, no network request (from file:// and from a web server),
search, node panel, the recommendations in graph-tool recommend's order, explanation paths highlighted, filters,
keyboard-only use, touch and mouse pan/zoom, print, 200 % zoom, and that nothing in the data runs.

    python3 Tests/Browser/test_explorer.py GRAPH_TOOL [--screenshots DIR]

Exit status 0 when every check passes, 1 otherwise; each failure is printed with what was expected and seen."""
import argparse
import functools
import glob
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from webdriver import KEYS, Chromium  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
failures = []


def check(condition, what, seen=None):
    if condition:
        print(f"  ok   {what}")
    else:
        failures.append(what)
        print(f"  FAIL {what}" + (f" (seen: {seen})" if seen is not None else ""))


def run(tool, *args):
    result = subprocess.run([tool, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"graph-tool {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result


def page_data(b):
    return b.execute("return JSON.parse(document.getElementById('explorer-data').textContent)")


def errors_in(console):
    return [e for e in console if e.get("level") in ("SEVERE", "ERROR", "WARNING")]


def open_page(b, url):
    b.get(url)
    return b.wait("return document.documentElement.dataset.ready", 20)


def search_and_choose(b, text):
    box = b.find("#search-input")
    b.execute("const i = document.getElementById('search-input'); i.value = ''; i.focus();")
    box.send_keys(text)
    b.wait("return document.querySelectorAll('#search-results li[role=option]').length > 0")
    first = b.execute("const li = document.querySelector('#search-results li[data-node]'); return li ? li.textContent : null")
    b.keys(KEYS["enter"])
    return first


def check_bundled(b, tool, work, shots):
    print("bundled dataset")
    page = os.path.join(work, "explorer.html")
    run(tool, "explore", "-o", page)
    again = os.path.join(work, "explorer-again.html")
    run(tool, "explore", "-o", again)
    with open(page, "rb") as f1, open(again, "rb") as f2:
        check(f1.read() == f2.read(), "the same input gives a byte-identical page")
    size = os.path.getsize(page)
    check(size < 3 * 1024 * 1024, f"the page is under 3 MB ({size / 1048576:.2f} MiB)")
    html = open(page, encoding="utf-8").read()
    check(re.search(r'http-equiv="Content-Security-Policy" content="default-src &apos;none&apos;', html) is not None,
          "the page forbids every request in its Content-Security-Policy")
    check(len(re.findall(r"<script", html)) == 2, "the page carries exactly its data block and its script")

    times = []
    for _ in range(3):
        times.append(int(open_page(b, "file://" + page)))
    check(max(times) < 1000, f"interactive in under a second in headless chromium (ms, three loads: {times})")
    console = b.console()
    check(not errors_in(console), "no console errors or warnings on load", errors_in(console))
    resources = b.execute("return performance.getEntriesByType('resource').map(e => e.name)")
    check(resources == [], "no network request from file://", resources)
    b.screenshot(os.path.join(shots, "explorer-overview.png"))

    data = page_data(b)
    labels = [n["label"] for n in data["nodes"]]
    found = search_and_choose(b, "forced marriage to fighters")
    check(found is not None and found.startswith("Forced marriage to fighters"), "search finds 'forced marriage to fighters'", found)
    title = b.execute("const h = document.querySelector('#panel-node h2'); return h ? h.textContent : null")
    check(title == "Forced marriage to fighters", "choosing the result opens its node panel", title)
    check(b.execute("return document.activeElement && document.activeElement.id") == "node-title", "the focus moves to the node panel")
    cites = b.execute("return Array.from(document.querySelectorAll('#panel-node .citations li')).map(li => li.textContent)")
    check(any("S18" in c and "https://" in c for c in cites), "the node panel lists each citation with its source's title and link", cites[:2])
    neighbours = b.execute("return document.querySelectorAll('#panel-node button[data-node]').length")
    check(neighbours >= 5, f"the node panel lists the typed neighbours as buttons ({neighbours})")
    dimmed = b.execute("return document.querySelector('#diagram svg').classList.contains('has-selection') && document.querySelector('#diagram g.node.is-selected') !== null")
    check(dimmed, "the node is highlighted in the diagram and the rest dimmed")
    b.screenshot(os.path.join(shots, "explorer-node.png"))

    b.find("#tab-recs").click()
    direct = b.execute("return Array.from(document.querySelectorAll('#recs-direct > li')).map(li => li.dataset.recId)")
    indirect = b.execute("return Array.from(document.querySelectorAll('#recs-indirect > li')).map(li => li.dataset.recId)")
    check("PROT-4" in direct, "PROT-4 is among the direct recommendations", direct)
    cli = json.loads(run(tool, "recommend", "forced marriage to fighters", "--format", "json").stdout)
    cli_order = [r["id"] for r in cli["recommendations"]]
    check(direct + indirect == cli_order, "the page's ranking is graph-tool recommend's, in the same order", (direct + indirect, cli_order))
    caveat = b.execute("const c = document.querySelector('#panel-recs .caveat'); return c ? c.textContent : null")
    check(caveat is not None and cli["caveat"] in caveat, "the computed caveat is shown with the recommendations", caveat)

    b.execute("document.querySelector('#recs-direct li[data-rec-id=\"PROT-4\"] button.path').click()")
    on_path = b.execute("""
        const D = JSON.parse(document.getElementById('explorer-data').textContent);
        return Array.from(document.querySelectorAll('#diagram g.node.is-on-path')).map(g => D.nodes[Number(g.id.slice(5))].id)""")
    check("forced_marriage_to_fighters" in on_path and "PROT-4" in on_path, "choosing an explanation path highlights its nodes", on_path)
    b.screenshot(os.path.join(shots, "explorer-path.png"))

    b.find("#tab-lens").click()
    verdicts = b.execute("return Array.from(document.querySelectorAll('#lens-verdicts tbody tr')).map(tr => [tr.dataset.group, tr.dataset.holds === 'true'])")
    cli_lens = json.loads(run(tool, "lens", "forced_marriage_to_fighters", "--format", "json").stdout)["practices"][0]
    expected = [[v["victimGroup"], v["holds"]] for v in cli_lens["verdicts"]]
    check(verdicts == expected and len(verdicts) > 0, "the lens tab gives graph-tool lens's verdict for each victim group", (verdicts, expected))
    cli_matrix = json.loads(run(tool, "matrix", "--format", "json").stdout)
    page_cells = b.execute("""return Array.from(document.querySelectorAll('#matrix button[data-row]')).map(b => [b.dataset.row, b.dataset.column, Number(b.textContent)])""")
    expected_cells = sorted([c["row"], c["column"], c["count"]] for c in cli_matrix["cells"] if c["count"] > 0)
    check(sorted(page_cells) == expected_cells, f"the intersection matrix is graph-tool matrix's ({len(page_cells)} cells)", (page_cells[:3], expected_cells[:3]))
    b.execute("document.querySelector('#matrix button[data-row]').click()")
    listed = b.execute("return document.querySelectorAll('#matrix-cell button[data-node]').length")
    check(listed == page_cells[0][2], "choosing a cell lists its practices", listed)
    b.screenshot(os.path.join(shots, "explorer-lens.png"))
    b.execute("document.getElementById('kind-act').click()")
    acts_listed = b.execute("""const D = JSON.parse(document.getElementById('explorer-data').textContent);
        return Array.from(document.querySelectorAll('#panel-lens button[data-node]')).filter(x => D.nodes[Number(x.dataset.node)].kind === 'act').length""")
    hidden_note = b.execute("return Array.from(document.querySelectorAll('#panel-lens .note')).some(p => p.textContent.includes('hidden by the filters'))")
    check(acts_listed == 0 and hidden_note, "a kind filter hides its nodes in the lens panel too, and says so", (acts_listed, hidden_note))
    b.execute("document.getElementById('kind-act').click()")

    b.find("#tab-centrality").click()
    rows = b.execute("return Array.from(document.querySelectorAll('#centrality-table tbody tr')).map(tr => tr.cells[0].textContent)")
    check(len(rows) == sum(1 for n in data["nodes"] if n["kind"] == "theme"), f"the centrality table lists the themes ({len(rows)})")
    b.execute("document.querySelector('#centrality-table th button[data-measure=betweenness]').click()")
    cli_themes = json.loads(run(tool, "centrality", "--measure", "betweenness", "--kind", "theme", "--format", "json").stdout)
    first_cli = cli_themes["nodes"][0]["label"] if isinstance(cli_themes, dict) and "nodes" in cli_themes else cli_themes[0]["label"]
    first_page = b.execute("return document.querySelector('#centrality-table tbody tr').cells[0].textContent")
    check(first_page == first_cli, "sorted by betweenness, the top theme is graph-tool centrality's", (first_page, first_cli))
    b.screenshot(os.path.join(shots, "explorer-centrality.png"))

    b.execute("document.getElementById('filter-details').open = true; const s = document.getElementById('min-evidence'); s.value = 'context'; s.dispatchEvent(new Event('change'));")
    b.execute("document.getElementById('view-select').value = String(document.getElementById('view-select').options.length - 1); document.getElementById('view-select').dispatchEvent(new Event('change'));")
    shown_weak = b.execute("""
        const D = JSON.parse(document.getElementById('explorer-data').textContent);
        const svg = document.querySelector('#diagram svg');
        let weak = 0, weakShown = 0, strong = 0, strongShown = 0;
        for (const g of svg.querySelectorAll('g.edge[id^="edge:"]')) {
          const e = D.edges[Number(g.id.slice(5))];
          const shown = getComputedStyle(g).display !== 'none';
          if (e.evidence === 'inferred') { weak++; if (shown) weakShown++; } else { strong++; if (shown) strongShown++; }
        }
        let weakNodes = 0;
        for (const g of svg.querySelectorAll('g.node[id^="node:"]')) {
          if (D.nodes[Number(g.id.slice(5))].evidence === 'inferred' && getComputedStyle(g).display !== 'none') weakNodes++;
        }
        return [weak, weakShown, strong, strongShown, weakNodes];""")
    weak, weak_shown, strong, strong_shown, weak_nodes = shown_weak
    check(weak > 0 and weak_shown == 0 and weak_nodes == 0, f"evidence 'context' hides every dotted (inferred) edge and node ({weak} edges)", shown_weak)
    check(strong_shown > 0, f"and keeps the dashed (context) edges whose ends are shown ({strong_shown} of {strong})")
    check(b.execute("return document.getElementById('search-results').hidden"), "changing a filter does not reopen the search results")
    status = b.find("#filter-status").text
    check("Hidden" in status and "context" in status, "the page says what the filter hides", status)
    search_and_choose(b, "forced marriage to fighters")
    b.find("#tab-recs").click()
    recs_text = b.find("#panel-recs").text
    check("None:" in recs_text and "context" in recs_text, "the recommendations panel says why nothing is linked at 'context'", recs_text[:200])
    b.screenshot(os.path.join(shots, "explorer-evidence-filter.png"))

    print("keyboard only")
    open_page(b, "file://" + page)
    reached = False
    for _ in range(12):
        b.keys(KEYS["tab"])
        if b.execute("return document.activeElement.id") == "search-input":
            reached = True
            break
    check(reached, "Tab reaches the search box")
    ring = b.execute("const s = getComputedStyle(document.activeElement); return [s.outlineStyle, s.outlineWidth]")
    check(ring[0] != "none" and ring[1] != "0px", "the keyboard focus is visible (an outline)", ring)
    b.keys(*"yazidi")
    b.wait("return document.querySelectorAll('#search-results li[data-node]').length > 0")
    b.keys(KEYS["enter"])
    title = b.execute("const h = document.querySelector('#panel-node h2'); return h ? h.textContent : null")
    check(title == "Yazidis" and b.execute("return document.activeElement.id") == "node-title", "typing and Enter open a node panel, focused", title)
    for _ in range(20):
        b.keys(KEYS["tab"])
        if b.execute("return document.activeElement.matches('#panel-node button[data-node]')"):
            break
    b.keys(KEYS["enter"])
    title2 = b.execute("const h = document.querySelector('#panel-node h2'); return h ? h.textContent : null")
    check(title2 is not None and title2 != "Yazidis", "Tab and Enter on a neighbour open its panel", title2)
    b.execute("document.querySelector('#diagram g.node[tabindex]').focus()")
    b.keys(KEYS["enter"])
    focused_node = b.execute("return document.querySelector('#panel-node h2').textContent")
    check(focused_node is not None, "a diagram node reached by keyboard opens on Enter", focused_node)

    print("pan and zoom")
    b.execute("document.getElementById('diagram').focus()")
    before = b.execute("return document.querySelector('#diagram svg').getAttribute('viewBox')")
    b.keys("+")
    after = b.execute("return document.querySelector('#diagram svg').getAttribute('viewBox')")
    check(float(after.split()[2]) < float(before.split()[2]), "+ zooms in", (before, after))
    b.keys(KEYS["down"])
    moved = b.execute("return document.querySelector('#diagram svg').getAttribute('viewBox')")
    check(float(moved.split()[1]) > float(after.split()[1]), "arrow keys pan", (after, moved))
    rect = b.execute("const r = document.getElementById('diagram').getBoundingClientRect(); return [r.left + r.width / 2, r.top + r.height / 2]")
    x, y = int(rect[0]), int(rect[1])
    b._session("POST", "/actions", {"actions": [{"type": "pointer", "id": "mouse", "parameters": {"pointerType": "mouse"}, "actions": [
        {"type": "pointerMove", "x": x, "y": y}, {"type": "pointerDown", "button": 0},
        {"type": "pointerMove", "x": x + 120, "y": y + 60, "duration": 100}, {"type": "pointerUp", "button": 0}]}]})
    dragged = b.execute("return document.querySelector('#diagram svg').getAttribute('viewBox')")
    check(float(dragged.split()[0]) < float(moved.split()[0]), "dragging with the mouse pans", (moved, dragged))
    # Two touch points pinching apart, as pointer events (chromedriver's multi-touch actions hang in headless mode)
    b.execute("""
        const d = document.getElementById('diagram'), x = arguments[0], y = arguments[1];
        const ev = (type, id, px) => d.dispatchEvent(new PointerEvent(type, { pointerId: id, pointerType: 'touch', isPrimary: id === 11,
                                                                            clientX: px, clientY: y, bubbles: true }));
        ev('pointerdown', 11, x - 20); ev('pointerdown', 12, x + 20);
        for (let k = 1; k <= 10; k++) { ev('pointermove', 11, x - 20 - 13 * k); ev('pointermove', 12, x + 20 + 13 * k); }
        ev('pointerup', 11, x - 150); ev('pointerup', 12, x + 150);""", x, y)
    pinched = b.execute("return document.querySelector('#diagram svg').getAttribute('viewBox')")
    check(float(pinched.split()[2]) < float(dragged.split()[2]), "a two-finger pinch zooms in", (dragged, pinched))
    errs = errors_in(b.console())
    check(not errs, "no console errors while using it", errs)

    print("print and 200 % zoom")
    search_and_choose(b, "abduction")
    b._session("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": "print"}})
    printed = b.execute("""return ['filters', 'search-input', 'view-select'].map(id => {
        const e = document.getElementById(id); return e.offsetParent !== null; })
        .concat([document.getElementById('diagram').offsetParent !== null, document.getElementById('panel-node').offsetParent !== null])""")
    check(printed == [False, False, False, True, True], "printing gives the diagram and the open panel, not the controls", printed)
    with open(os.path.join(work, "explorer-print.pdf"), "wb") as f:
        import base64
        f.write(base64.b64decode(b._session("POST", "/print", {"background": True})))
    b._session("POST", "/goog/cdp/execute", {"cmd": "Emulation.setEmulatedMedia", "params": {"media": ""}})
    # 200 % zoom: the same page in half the CSS width
    b._session("POST", "/goog/cdp/execute", {"cmd": "Emulation.setDeviceMetricsOverride",
                                             "params": {"width": 700, "height": 500, "deviceScaleFactor": 2, "mobile": False}})
    overflow = b.execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    check(overflow <= 0, "at 200 % zoom nothing runs off the side of the page", overflow)
    b.screenshot(os.path.join(shots, "explorer-zoom-200.png"))
    b._session("POST", "/goog/cdp/execute", {"cmd": "Emulation.clearDeviceMetricsOverride", "params": {}})

    print("served over http")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=work)
    http.server.SimpleHTTPRequestHandler.log_message = lambda *a: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        open_page(b, f"http://127.0.0.1:{server.server_address[1]}/explorer.html")
        resources = b.execute("return performance.getEntriesByType('resource').map(e => e.name)")
        check(resources == [], "no network request when served by a web server", resources)
        errs = errors_in(b.console())
        check(not errs, "no console errors when served", errs)
    finally:
        server.shutdown()


PAYLOAD = "<script>window.__pwned=1;alert(1)</script>"


def check_adversarial(b, tool, work, shots):
    print("adversarial dataset")
    data_dir = os.path.join(work, "evil")
    shutil.copytree(os.path.join(ROOT, "data"), data_dir)
    path = os.path.join(data_dir, "osce-2021.yaml")
    text = open(path, encoding="utf-8").read()
    replacements = [
        ("    label: Forced marriage to fighters\n",
         '    label: "' + PAYLOAD + ' Forced marriage </script><img src=x onerror=alert(2)> \\"quoted\\" \'single\'"\n'),
        ("    description: Marrying women and girls, including minors from OSCE participating States, to fighters by force or deceit.\n",
         '    description: "</script><script>window.__pwned=3</script><img src=x onerror=\\"window.__pwned=4;alert(4)\\"><svg onload=alert(5)> --> <!-- {{SCRIPT}}"\n'),
        ("    aliases: [PR-04, jihadi brides, bush wives, forced marriage to fighters]\n",
         '    aliases: [PR-04, "javascript:alert(6)", "\\"><iframe src=javascript:alert(7)>"]\n'),
    ]
    for old, new in replacements:
        if old not in text:
            raise SystemExit(f"the adversarial fixture expects this line in data/osce-2021.yaml: {old!r}")
        text = text.replace(old, new)
    text = re.sub(r"(\n  S18:\n(?:    .*\n)*?    url: ).*\n", r"\1javascript:alert(8)\n", text, count=1)
    open(path, "w", encoding="utf-8").write(text)
    page = os.path.join(work, "evil.html")
    run(tool, "explore", "--data", path, "-o", page)
    open_page(b, "file://" + page)
    found = search_and_choose(b, "pwned")
    check(found is not None and PAYLOAD in found, "the search lists the label as text", found)
    b.find("#tab-recs").click()
    b.find("#tab-node").click()
    title = b.execute("return document.querySelector('#panel-node h2').textContent")
    check(title is not None and PAYLOAD in title, "a label with markup is shown as text", title)
    check(b.alert_text() is None, "no alert or dialog opened")
    injected = b.execute("""return {
        pwned: window.__pwned === undefined ? null : window.__pwned,
        scripts: document.scripts.length,
        imgs: document.querySelectorAll('img').length,
        iframes: document.querySelectorAll('iframe').length,
        handlers: Array.from(document.querySelectorAll('*')).filter(e => Array.from(e.attributes).some(a => a.name.startsWith('on'))).length,
        jsLinks: document.querySelectorAll('a[href^="javascript" i]').length,
        svgScripts: document.querySelectorAll('#diagram script, #diagram foreignObject').length }""")
    check(injected == {"pwned": None, "scripts": 2, "imgs": 0, "iframes": 0, "handlers": 0, "jsLinks": 0, "svgScripts": 0},
          "no injected code ran and no injected element exists", injected)
    b.execute("document.getElementById('view-select').value = String(document.getElementById('view-select').options.length - 1); document.getElementById('view-select').dispatchEvent(new Event('change'));")
    check(b.alert_text() is None and b.execute("return window.__pwned === undefined"), "drawing the node's view runs nothing either")
    errs = errors_in(b.console())
    check(not errs, "nothing had to be blocked (no CSP report): the data never became markup", errs)
    b.screenshot(os.path.join(shots, "explorer-adversarial.png"))


def check_graphml(b, tool, work, shots):
    print("a user's GraphML")
    source = os.path.join(ROOT, "Tests", "GraphTests", "Resources", "formats", "networkx_karate.graphml")
    page = os.path.join(work, "karate.html")
    run(tool, "explore", "--input", source, "-o", page)
    b.console()  # what earlier pages logged is theirs
    open_page(b, "file://" + page)
    errs = errors_in(b.console())
    check(not errs, "no console errors", errs)
    search_and_choose(b, "5")
    attributes = b.execute("return Array.from(document.querySelectorAll('#panel-node dl.attributes dt')).map(e => e.textContent + '=' + e.nextElementSibling.textContent)")
    check("club=Mr. Hi" in attributes and "age_years=25" in attributes, "the node panel shows the file's attributes", attributes)
    headings = b.execute("return Array.from(document.querySelectorAll('#panel-node h3')).map(h => h.textContent)")
    check("Neighbours" in headings and "Outgoing" not in headings, "an undirected graph's panel lists neighbours, not in and out", headings)
    tabs = b.execute("return Array.from(document.querySelectorAll('[role=tab]')).filter(t => !t.hidden).map(t => t.textContent)")
    check(tabs == ["Node", "Centrality"], "a graph without recommendations or lens shows only the tabs it can fill", tabs)
    title = b.execute("return document.title")
    check(title == "Zachary's karate club", "the page takes the file's graph name as its title", title)
    near = b.execute("return document.querySelectorAll('#diagram g.node.is-near').length")
    check(near > 1, f"the neighbourhood is highlighted ({near} nodes)")
    b.find("#tab-centrality").click()
    rows = b.execute("return document.querySelectorAll('#centrality-table tbody tr').length")
    check(rows == 34, f"the centrality table lists every node ({rows})")
    b.find("#tab-node").click()
    b.screenshot(os.path.join(shots, "explorer-graphml.png"))


def check_other_peoples_files(b, tool, work):
    print("every Graphviz sample and format fixture")
    resources = os.path.join(ROOT, "Tests", "GraphTests", "Resources")
    files = sorted(glob.glob(os.path.join(resources, "graphviz-graphs", "*", "*.gv"))
                   + glob.glob(os.path.join(resources, "formats", "*.graphml")) + glob.glob(os.path.join(resources, "formats", "*.gexf")))
    bad = []
    for source in files:
        page = os.path.join(work, "sample.html")
        result = subprocess.run([tool, "explore", "--input", source, "-o", page], capture_output=True, text=True)
        if result.returncode != 0:
            bad.append((os.path.basename(source), result.stderr.strip()[-200:]))
            continue
        b.console()
        open_page(b, "file://" + page)
        errs = errors_in(b.console())
        drawn = b.execute("return document.querySelectorAll('#diagram g.node[id^=\"node:\"]').length")
        if errs or drawn == 0:
            bad.append((os.path.basename(source), errs[:1], drawn))
    check(files and not bad, f"all {len(files)} pages open with no console error and a drawing", bad)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tool")
    parser.add_argument("--screenshots", help="where to write the screenshots (default: a temporary folder)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="explorer-test-")
    shots = args.screenshots or os.path.join(work, "screenshots")
    os.makedirs(shots, exist_ok=True)
    started = time.time()
    with Chromium() as b:
        check_bundled(b, args.tool, work, shots)
        check_adversarial(b, args.tool, work, shots)
        check_graphml(b, args.tool, work, shots)
        check_other_peoples_files(b, args.tool, work)
    print(f"screenshots in {shots}; {time.time() - started:.0f} s")
    if failures:
        print(f"{len(failures)} check(s) failed:")
        for f in failures:
            print(f"  - {f}")
        return 1
    shutil.rmtree(work, ignore_errors=True) if not args.screenshots else None
    return 0


if __name__ == "__main__":
    sys.exit(main())
