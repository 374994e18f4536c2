"""A W3C WebDriver client in the standard library alone (https://www.w3.org/TR/webdriver2/), enough to drive
Debian's chromium through chromium-driver: sessions, navigation, elements, keys, scripts, screenshots and the
browser's console log. Selenium would do the same; this one needs nothing from PyPI."""
import base64
import json
import os
import socket
import subprocess
import time
import urllib.error
import urllib.request

ELEMENT = "element-6066-11e4-a52e-4f735466cecf"
KEYS = {"tab": "\ue004", "enter": "\ue007", "escape": "\ue00c", "down": "\ue015", "up": "\ue013", "shift": "\ue008", "space": "\ue00d"}


class WebDriverError(Exception):
    pass


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Element:
    def __init__(self, driver, ref):
        self.driver, self.ref = driver, ref

    def _path(self, tail=""):
        return f"/element/{self.ref}{tail}"

    def click(self):
        self.driver._session("POST", self._path("/click"), {})

    def send_keys(self, text):
        self.driver._session("POST", self._path("/value"), {"text": text})

    @property
    def text(self):
        return self.driver._session("GET", self._path("/text"))

    def attribute(self, name):
        return self.driver._session("GET", self._path(f"/attribute/{name}"))

    def find_all(self, css):
        found = self.driver._session("POST", self._path("/elements"), {"using": "css selector", "value": css})
        return [Element(self.driver, e[ELEMENT]) for e in found]


class Chromium:
    """One headless chromium, started through chromedriver on a free loopback port; use as a context manager."""

    def __init__(self, width=1400, height=1000, binary="/usr/bin/chromium", driver="/usr/bin/chromedriver"):
        for path in (binary, driver):
            if not os.access(path, os.X_OK):
                raise WebDriverError(f"{path} is not installed (bash .ci/install-deps installs chromium and chromium-driver)")
        self.port = _free_port()
        self.process = subprocess.Popen([driver, f"--port={self.port}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 20
        while True:
            try:
                self._call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                if time.time() > deadline or self.process.poll() is not None:
                    raise WebDriverError("chromedriver did not start")
                time.sleep(0.1)
        caps = {"capabilities": {"alwaysMatch": {
            "browserName": "chrome",
            "goog:loggingPrefs": {"browser": "ALL"},
            "goog:chromeOptions": {"binary": binary, "args": [
                "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", f"--window-size={width},{height}",
                "--no-first-run", "--disable-extensions", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--disable-default-apps", "--metrics-recording-only"]},
        }}}
        self.session = self._call("POST", "/session", caps)["sessionId"]

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.quit()

    def quit(self):
        try:
            self._call("DELETE", f"/session/{self.session}")
        except Exception:
            pass
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()

    def _call(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(self.base + path, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                return json.loads(response.read() or b"{}").get("value")
        except urllib.error.HTTPError as e:
            value = json.loads(e.read() or b"{}").get("value", {})
            raise WebDriverError(f"{method} {path}: {value.get('error')}: {value.get('message', '')[:400]}") from None

    def _session(self, method, path, body=None):
        return self._call(method, f"/session/{self.session}{path}", body)

    def get(self, url):
        self._session("POST", "/url", {"url": url})

    def execute(self, script, *args):
        return self._session("POST", "/execute/sync", {"script": script, "args": list(args)})

    def find(self, css):
        return Element(self, self._session("POST", "/element", {"using": "css selector", "value": css})[ELEMENT])

    def find_all(self, css):
        found = self._session("POST", "/elements", {"using": "css selector", "value": css})
        return [Element(self, e[ELEMENT]) for e in found]

    def active(self):
        return Element(self, self._session("GET", "/element/active")[ELEMENT])

    def keys(self, *keys):
        """Key presses sent to whatever has the focus, as a user's keyboard would."""
        actions = []
        for k in keys:
            actions += [{"type": "keyDown", "value": k}, {"type": "keyUp", "value": k}]
        self._session("POST", "/actions", {"actions": [{"type": "key", "id": "keyboard", "actions": actions}]})
        self._session("DELETE", "/actions")

    def alert_text(self):
        """The text of an open alert, confirm or prompt, or None."""
        try:
            return self._session("GET", "/alert/text")
        except WebDriverError as e:
            if "no such alert" in str(e):
                return None
            raise

    def console(self):
        """The browser's console entries since the last call: [{'level', 'message'}]."""
        return self._session("POST", "/se/log", {"type": "browser"}) or []

    def screenshot(self, path):
        with open(path, "wb") as f:
            f.write(base64.b64decode(self._session("GET", "/screenshot")))

    def wait(self, script, timeout=10, *args):
        deadline = time.time() + timeout
        while True:
            value = self.execute(script, *args)
            if value:
                return value
            if time.time() > deadline:
                raise WebDriverError(f"timed out waiting for: {script}")
            time.sleep(0.05)
