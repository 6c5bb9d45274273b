"""One headless Chromium for many pages, driven over the DevTools protocol on a pipe
(--remote-debugging-pipe: Chromium reads NUL-terminated JSON commands on its fd 3 and writes
NUL-terminated JSON replies and events on its fd 4).

Each page is opened the way Chromium's own --virtual-time-budget=10000 with --dump-dom or
--screenshot opens it (components/headless/command_handler/headless_command.js): a new target,
navigated and waited for until its load event; then 10,000 ms of virtual time, which runs its
timers without waiting for them in real time (and never while a fetch is pending); then its DOM
as --dump-dom prints it; then the target is closed. A screenshot is the page laid out at the size
asked (Emulation.setDeviceMetricsOverride before it opens) and captured clipped to that size: the
PNG --screenshot --window-size wrote, byte for byte, where setting the window's size as it does
leaves the strip below the window's frame unrastered. Every wait is bounded: a page that takes
more than TIMEOUT seconds of real time, or a Chromium that hangs or dies, fails naming the page
and what was awaited.

    with Browser("check_site_browser") as browser:
        html = browser.dom(address)
        png = browser.screenshot(address, 1280, 900)
"""
import base64
import contextlib
import fcntl
import json
import os
import select
import subprocess
import tempfile
import time

CHROMIUM = "/usr/bin/chromium"
BUDGET_MS = 10000  # of virtual time per page, as --virtual-time-budget=10000
TIMEOUT = 120  # seconds of real time per page (and for Chromium to start)
DUMP_DOM = ("(document.doctype ? new XMLSerializer().serializeToString(document.doctype) + '\\n' : '')"
            " + document.documentElement.outerHTML")


class Failure(Exception):
    """Chromium failed on a page, or did not answer in time."""


class Browser:
    def __init__(self, name, arguments=(), timeout=TIMEOUT):
        self.name, self.timeout, self.next_id, self.buffer, self.events = name, timeout, 0, b"", []
        self.profile = tempfile.TemporaryDirectory(prefix=name + "-chromium-")
        self.stderr = open(os.path.join(self.profile.name, "stderr.txt"), "w+b")
        to_chromium_r, self.to_chromium = os.pipe()
        self.from_chromium, from_chromium_w = os.pipe()
        # Chromium's ends above 10, so that putting them on 3 and 4 cannot overwrite one with the other.
        ends = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (to_chromium_r, from_chromium_w)]
        for fd in (to_chromium_r, from_chromium_w):
            os.close(fd)

        def on_3_and_4():
            os.dup2(ends[0], 3)
            os.dup2(ends[1], 4)

        command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                   "--disable-dev-shm-usage", f"--user-data-dir={self.profile.name}/profile", "--remote-debugging-pipe",
                   *arguments, "about:blank"]
        try:
            self.process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                            stderr=self.stderr, pass_fds=(3, 4), preexec_fn=on_3_and_4)
        finally:
            for fd in ends:
                os.close(fd)
        os.set_blocking(self.to_chromium, False)
        os.set_blocking(self.from_chromium, False)
        self.page, self.deadline, self.session, self.closed = "(starting Chromium)", time.monotonic() + timeout, None, False

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()

    def fail(self, message):
        raise Failure(f"{self.page}: {message}")

    # The protocol: one message out, messages in until the one awaited.

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            if not select.select([], [self.to_chromium], [], self.remaining())[1]:
                self.fail(f"Chromium did not take {method} in {self.timeout} s")
            try:
                data = data[os.write(self.to_chromium, data):]
            except BrokenPipeError:
                self.fail(f"Chromium is gone before {method}: {self.ended()}")
        return self.next_id

    def receive(self, awaiting):
        """The next message from Chromium, waiting no later than the deadline."""
        while b"\0" not in self.buffer:
            if not select.select([self.from_chromium], [], [], self.remaining())[0]:
                self.fail(f"no {awaiting} from Chromium in {self.timeout} s")
            chunk = os.read(self.from_chromium, 1 << 20)
            if not chunk:
                self.fail(f"Chromium is gone while awaiting {awaiting}: {self.ended()}")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None):
        """The result of a command; its error or a crash of the page fail."""
        number = self.send(method, params, session)
        while True:
            message = self.receive(f"answer to {method}")
            if message.get("id") == number:
                if "error" in message:
                    self.fail(f"{method} failed: {message['error']}")
                return message.get("result", {})
            self.keep(message)

    def wait(self, session, method, matches=lambda params: True):
        for event in self.events:
            if event.get("sessionId") == session and event["method"] == method and matches(event["params"]):
                self.events.remove(event)
                return event["params"]
        while True:
            message = self.receive(method)
            if message.get("sessionId") == session and message.get("method") == method and matches(message["params"]):
                return message["params"]
            self.keep(message)

    def keep(self, message):
        if "method" not in message:
            return
        if message["method"] == "Inspector.targetCrashed":
            self.fail("the page crashed")
        if message["method"] == "Target.detachedFromTarget" and message["params"].get("sessionId") == self.session:
            self.fail("Chromium closed the page")
        if message.get("sessionId") == self.session:
            self.events.append(message)

    def remaining(self):
        return max(0.0, self.deadline - time.monotonic())

    def ended(self):
        code = self.process.poll()
        self.stderr.seek(0)
        tail = self.stderr.read().decode(errors="replace")[-2000:]
        return ("still running" if code is None else f"exit status {code}") + (f", its stderr ending\n{tail}" if tail else "")

    # Pages.

    @contextlib.contextmanager
    def opened(self, address, size=None):
        """A new target at address (in a window of size (width, height) if given), loaded and its
        virtual time budget spent, as (target, session); closed after."""
        self.page, self.deadline, self.session, self.events = address, time.monotonic() + self.timeout, None, []
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        try:
            self.session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
            for method, params in [("Inspector.enable", {}), ("Page.enable", {}),
                                   ("Page.setLifecycleEventsEnabled", {"enabled": True})]:
                self.call(method, params, self.session)
            if size:
                self.call("Emulation.setDeviceMetricsOverride", {"width": size[0], "height": size[1],
                                                                 "deviceScaleFactor": 0, "mobile": False}, self.session)
            navigated = self.call("Page.navigate", {"url": address}, self.session)
            if navigated.get("errorText"):
                self.fail(f"Chromium could not open it: {navigated['errorText']}")
            self.wait(self.session, "Page.lifecycleEvent",
                      lambda p: p["name"] == "load" and p["frameId"] == navigated["frameId"])
            self.call("Emulation.setVirtualTimePolicy", {"policy": "pauseIfNetworkFetchesPending", "budget": BUDGET_MS,
                                                         "maxVirtualTimeTaskStarvationCount": 9999}, self.session)
            self.wait(self.session, "Emulation.virtualTimeBudgetExpired")
            yield target, self.session
        except BaseException:
            self.close_target(target, failing=True)
            raise
        self.close_target(target)

    def close_target(self, target, failing=False):
        """Target.closeTarget; when the page already failed, that failure is the one reported."""
        self.session = None
        self.deadline = max(self.deadline, time.monotonic() + 10)
        try:
            self.call("Target.closeTarget", {"targetId": target})
        except Failure:
            if not failing:
                raise

    def evaluate(self, session, expression):
        result = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
        if "exceptionDetails" in result:
            self.fail(f"{expression} threw {result['exceptionDetails']}")
        return result["result"].get("value")

    def dom(self, address):
        """The page's DOM once its scripts ran, as --dump-dom prints it."""
        with self.opened(address) as (target, session):
            return self.evaluate(session, DUMP_DOM)

    def screenshot(self, address, width, height):
        """The PNG of the page in a window of width × height, as --screenshot with --window-size writes it."""
        with self.opened(address, (width, height)) as (target, session):
            clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
            return base64.b64decode(self.call("Page.captureScreenshot", {"format": "png", "clip": clip}, session)["data"])

    def close(self):
        """Browser.close, then Chromium's end awaited (killed after 10 s); its profile removed."""
        if self.closed:
            return
        self.closed = True
        if self.process.poll() is None:
            self.page, self.deadline, self.session = "(closing Chromium)", time.monotonic() + 10, None
            try:
                self.call("Browser.close")
            except Failure:
                pass
            try:
                self.process.wait(timeout=self.remaining() + 1)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        for fd in (self.to_chromium, self.from_chromium):
            os.close(fd)
        self.stderr.close()
        self.profile.cleanup()
