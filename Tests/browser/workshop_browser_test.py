#!/usr/bin/env python3
"""End-to-end test of `participe serve` in a real browser, with axe-core on every page.

Starts the workshop server on a free loopback port with an empty data folder, then drives
headless Chromium (Debian's chromium and chromedriver, see .ci/install-browser-tools.sh)
through a workshop as people would: the organiser creates a workshop of the outil-numerique
kit with two teams, two members join team 1 from two browsers and answer the section
etat_des_lieux with different populations, the "members differ" notice appears, one of them
records an agreement, downloads a document, and the trainer opens the dashboard. axe-core
(axe-selenium-python) checks every page visited; a violation of impact serious or critical
fails the test, as does a broken step or anything the server writes to its error output.

Usage: python3 Tests/browser/workshop_browser_test.py [path/to/participe]
(default: $PARTICIPE_BIN, else .build/debug/participe). Exit 0 on success, 1 on failure.
"""

import http.cookiejar
import importlib.util
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import urllib.parse
import urllib.request
import zipfile

# Selenium must never try to download a driver or a browser, nor send statistics.
os.environ["SE_OFFLINE"] = "true"
os.environ["SE_AVOID_STATS"] = "true"

from axe_selenium_python import Axe  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FAILING_IMPACTS = ("serious", "critical")
TIME_LIMIT = 900  # seconds for the whole scenario; it takes about one minute


def axe_script():
    """The newest axe-core at hand. axe-selenium-python ships axe-core 3.1 (2018); the axe.min.js of
    axe-playwright-python (installed without Playwright by .ci/install-browser-tools.sh) is a current
    4.x with many more rules, so it is used when present. $AXE_SCRIPT names another one."""
    if os.environ.get("AXE_SCRIPT"):
        return os.environ["AXE_SCRIPT"]
    spec = importlib.util.find_spec("axe_playwright_python")  # finds it without importing Playwright
    for folder in (spec.submodule_search_locations or []) if spec else []:
        candidate = os.path.join(folder, "axe.min.js")
        if os.path.isfile(candidate):
            return candidate
    return None


AXE_SCRIPT = axe_script()
ERROR_TITLES = ("Impossible d'afficher cette page", "This page cannot be shown")
SECTION = "etat_des_lieux"


class StepFailure(Exception):
    pass


def check(condition, message):
    """A step the rest of the scenario needs: stops the scenario when it fails."""
    if not condition:
        raise StepFailure(message)


EXPECTATIONS = []


def expect(condition, message):
    """Something the page should show: a failure is kept and the scenario goes on."""
    if not condition:
        EXPECTATIONS.append(message)
        print("  ! " + message.split("\n")[0])


# ---------------------------------------------------------------- server


class Server:
    """`participe serve` on a free port; keeps everything it prints."""

    def __init__(self, binary, data):
        self.stdout_lines = []
        self.stderr_lines = []
        self.process = subprocess.Popen(
            [binary, "serve", "--port", "0", "--data", data,
             "--templates", os.path.join(REPO, "Templates")],
            cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace")
        self._readers = [
            threading.Thread(target=self._drain, args=(self.process.stdout, self.stdout_lines), daemon=True),
            threading.Thread(target=self._drain, args=(self.process.stderr, self.stderr_lines), daemon=True),
        ]
        for reader in self._readers:
            reader.start()

    @staticmethod
    def _drain(stream, lines):
        for line in stream:
            lines.append(line.rstrip("\n"))

    def organiser_link(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.stdout_lines:
                match = re.search(r"(http://127\.0\.0\.1:\d+/organiser/\S+)", line)
                if match:
                    return match.group(1)
            if self.process.poll() is not None:
                break
            time.sleep(0.1)
        raise StepFailure(
            "the server printed no organiser link (exit code %s)\nstdout:\n%s\nstderr:\n%s"
            % (self.process.poll(), "\n".join(self.stdout_lines), "\n".join(self.stderr_lines)))

    def alive(self):
        return self.process.poll() is None

    def stop(self):
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
        for reader in self._readers:
            reader.join(timeout=5)


# ---------------------------------------------------------------- browser


def new_browser(download_dir=None):
    options = webdriver.ChromeOptions()
    if os.path.exists(CHROMIUM):
        options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--disable-gpu", "--no-first-run",
                     "--disable-extensions", "--lang=fr-FR"):
        options.add_argument(argument)
    if download_dir:
        options.add_experimental_option("prefs", {"download.default_directory": download_dir})
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    driver.set_script_timeout(60)
    return driver


class Audit:
    """Runs axe-core on each page visited and keeps what it found."""

    def __init__(self):
        self.pages = []          # (label, url)
        self.failing = []        # (label, url, violation)
        self.minor = []          # (label, url, violation)

    def self_check(self, driver):
        """axe-core must find a known critical violation, or a clean result would mean nothing."""
        driver.get("data:text/html,<!DOCTYPE html><html lang=en><title>t</title><main><img src=x.png></main></html>")
        axe = Axe(driver, AXE_SCRIPT) if AXE_SCRIPT else Axe(driver)
        axe.inject()
        results = axe.run()
        found = [v["id"] for v in results.get("violations", []) if v.get("impact") in FAILING_IMPACTS]
        check("image-alt" in found, "axe-core did not find a missing alt text (found %r)" % found)
        self.version = driver.execute_script("return axe.version;")
        print("axe-core %s: finds a missing alt text" % self.version)

    def run(self, driver, label):
        url = driver.current_url
        axe = Axe(driver, AXE_SCRIPT) if AXE_SCRIPT else Axe(driver)
        axe.inject()
        # A page with a frame (the document preview): axe-core checks the frame too when it
        # is in it, so inject it there as well.
        frames = driver.find_elements(By.TAG_NAME, "iframe")
        for frame in frames:
            driver.switch_to.frame(frame)
            try:
                axe.inject()
            finally:
                driver.switch_to.default_content()
        results = axe.run()
        check(results.get("passes"), "%s: axe-core checked nothing at %s" % (label, url))
        self.pages.append((label, url))
        for violation in results.get("violations", []):
            if violation.get("impact") in FAILING_IMPACTS:
                self.failing.append((label, url, violation))
            else:
                self.minor.append((label, url, violation))
        print("  axe: %-40s %d violation(s)" % (label, len(results.get("violations", []))))

    @staticmethod
    def report(found):
        """Violations grouped by rule and by what to fix, with examples of elements and the pages."""
        groups = {}
        for label, url, violation in found:
            for node in violation.get("nodes", []):
                summary = (node.get("failureSummary") or "").strip().replace("\n", " / ")
                key = (violation["id"], violation.get("impact"), summary)
                group = groups.setdefault(key, {"help": violation.get("help", ""), "elements": {}, "pages": []})
                target = " ".join(str(part) for part in node.get("target", []))
                group["elements"].setdefault(target, node.get("html", ""))
                page = "%s (%s)" % (label, urllib.parse.urlsplit(url).path)
                if page not in group["pages"]:
                    group["pages"].append(page)
        lines = []
        for (rule, impact, summary), group in groups.items():
            lines.append("- %s [%s] %s: %s" % (rule, impact, group["help"], summary[:300]))
            elements = list(group["elements"].items())
            for target, html in elements[:6]:
                lines.append("    element %s: %s" % (target, html[:160]))
            if len(elements) > 6:
                lines.append("    ... and %d other element(s)" % (len(elements) - 6))
            lines.append("    on %d page(s): %s" % (len(group["pages"]), "; ".join(group["pages"][:8])
                                                   + ("; ..." if len(group["pages"]) > 8 else "")))
        return "\n".join(lines)


def visit(driver, audit, url, label):
    driver.get(url)
    return landed(driver, audit, label)


def landed(driver, audit, label):
    """Checks that the page reached is not an error page, then runs axe on it."""
    headings = driver.find_elements(By.TAG_NAME, "h1")
    heading = headings[0].text.strip() if headings else ""
    check(heading not in ERROR_TITLES,
          "%s: error page at %s: %s" % (label, driver.current_url, body_text(driver)[:500]))
    audit.run(driver, label)
    return driver


def body_text(driver):
    return driver.find_element(By.TAG_NAME, "body").text


def submit(driver, form):
    """Clicks the form's first submit button and waits for the next page."""
    buttons = form.find_elements(By.CSS_SELECTOR, "button[type=submit], button:not([type])")
    check(buttons, "no submit button in form %s" % form.get_attribute("action"))
    driver.execute_script("window.participeBeforeSubmit = true;")
    buttons[0].click()
    WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return !window.participeBeforeSubmit && document.readyState === 'complete';"))


def digits_together(text):
    """Removes the spaces a French number is written with (12 000, 12\u202f000)."""
    return re.sub(r"(?<=\d)[ \u00a0\u202f](?=\d)", "", text)


def links_in_codes(driver):
    return [code.text.strip() for code in driver.find_elements(By.CSS_SELECTOR, "code.link")]


def session_opener(driver):
    """A urllib opener that carries the browser's cookies (HttpOnly ones included)."""
    jar = http.cookiejar.CookieJar()
    host = urllib.parse.urlsplit(driver.current_url).hostname
    for cookie in driver.get_cookies():
        jar.set_cookie(http.cookiejar.Cookie(
            version=0, name=cookie["name"], value=cookie["value"], port=None, port_specified=False,
            domain=host, domain_specified=False, domain_initial_dot=False,
            path=cookie.get("path", "/"), path_specified=True, secure=False, expires=None,
            discard=True, comment=None, comment_url=None, rest={}, rfc2109=False))
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))


def join(driver, audit, join_link, name, label):
    visit(driver, audit, join_link, label + ": join page")
    field = driver.find_element(By.NAME, "name")
    field.clear()
    field.send_keys(name)
    submit(driver, field.find_element(By.XPATH, "./ancestor::form"))
    check("/team" in driver.current_url,
          "%s: joining did not lead to the team page but to %s" % (label, driver.current_url))
    landed(driver, audit, label + ": team overview")


def answer_section(driver, audit, base, wid, values, label):
    visit(driver, audit, "%s/w/%s/team/s/%s" % (base, wid, SECTION), label + ": section " + SECTION)
    form = driver.find_element(By.CSS_SELECTOR, "form[method=post]")
    for question, value in values.items():
        field = form.find_element(By.NAME, "a:%s.%s" % (SECTION, question))
        field.clear()
        field.send_keys(value)
    submit(driver, form)
    check("saved=1" in driver.current_url,
          "%s: saving %s did not lead to ?saved=1 but to %s: %s"
          % (label, SECTION, driver.current_url, body_text(driver)[:800]))
    expect("Réponses enregistrées" in body_text(driver),
          "%s: no 'Réponses enregistrées.' notice after saving (at %s):\n%s"
          % (label, driver.current_url, body_text(driver)[:600]))
    landed(driver, audit, label + ": section saved")


def create_workshop(organiser, audit, title, kit, language, teams):
    """Fills the organiser's form; returns the trainer links and the join links the next page shows."""
    organiser.find_element(By.ID, "title").send_keys(title)
    organiser.find_element(By.CSS_SELECTOR, "#kit option[value='%s']" % kit).click()
    organiser.find_element(By.CSS_SELECTOR, "#language option[value='%s']" % language).click()
    organiser.find_element(By.ID, "teams").send_keys("\n".join(teams))
    submit(organiser, organiser.find_element(By.CSS_SELECTOR, "form[action='/workshops']"))
    landed(organiser, audit, "workshop links (%s)" % kit)
    links = links_in_codes(organiser)
    trainer_links = [link for link in links if "/trainer/" in link]
    join_links = [link for link in links if "/join/" in link]
    check(len(trainer_links) == 1 and len(join_links) == len(teams),
          "the links page should show one trainer link and %d join links, shows %r" % (len(teams), links))
    return trainer_links, join_links


def download(driver, url):
    """Fetches url with the browser's cookies; returns the body, checking the answer is 200."""
    with session_opener(driver).open(url, timeout=60) as response:
        status = response.status
        payload = response.read()
    check(status == 200, "downloading %s answered %s" % (url, status))
    return payload


def check_zip(payload, url, needed=None):
    check(payload[:2] == b"PK", "%s is not a zip (starts with %r)" % (url, payload[:8]))
    names = zipfile.ZipFile(io.BytesIO(payload)).namelist()
    check(names, "%s is an empty zip" % url)
    if needed:
        check(needed in names, "%s has no %s (%r)" % (url, needed, names[:10]))
    print("downloaded %s: %d bytes, %d files" % (url.rsplit("/", 1)[-1], len(payload), len(names)))
    return names


def visit_sections(driver, audit, label):
    """From a team overview, opens every section it links to."""
    links = []
    for anchor in driver.find_elements(By.CSS_SELECTOR, "a[href*='/team/s/']"):
        href = anchor.get_attribute("href").split("#")[0].split("?")[0]
        if href not in links:
            links.append(href)
    check(links, "%s: the team overview links to no section" % label)
    for href in links:
        visit(driver, audit, href, "%s: section %s" % (label, href.rsplit("/", 1)[-1]))
    return links


# ---------------------------------------------------------------- scenario


def scenario(server, audit, drivers, tmp):
    organiser_link = server.organiser_link()
    base = organiser_link.split("/organiser/")[0]
    print("server: " + base)

    # The organiser creates a workshop with two teams.
    organiser = new_browser()
    drivers.append(organiser)
    audit.self_check(organiser)
    organiser.get(organiser_link)
    check(urllib.parse.urlsplit(organiser.current_url).path == "/",
          "the organiser link did not lead to / but to %s" % organiser.current_url)
    landed(organiser, audit, "organiser home")
    trainer_links, join_links = create_workshop(
        organiser, audit, "Atelier de test navigateur", "outil-numerique", "fr", ["Équipe Alpha", "Équipe Bêta"])
    wid = re.search(r"/w/([^/]+)/", join_links[0]).group(1)
    print("workshop %s: trainer link and %d join links" % (wid, len(join_links)))
    visit(organiser, audit, base + "/", "organiser home with a workshop")
    check("Atelier de test navigateur" in body_text(organiser),
          "the organiser's home does not list the new workshop")
    visit(organiser, audit, base + "/lang/en?next=" + urllib.parse.quote("/", safe=""),
          "organiser home in English")
    check(organiser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en",
          "/lang/en did not switch the page to English")
    visit(organiser, audit, base + "/lang/fr?next=" + urllib.parse.quote("/", safe=""),
          "organiser home back in French")

    # Two members of team 1, each in a browser of their own, answer differently.
    first = new_browser()
    drivers.append(first)
    join(first, audit, join_links[0], "Camille", "member 1")
    second = new_browser()
    drivers.append(second)
    join(second, audit, join_links[0], "Dominique", "member 2")
    answer_section(first, audit, base, wid,
                   {"nom_organisme": "Commune de Testville", "population": "12000"}, "member 1")
    answer_section(second, audit, base, wid,
                   {"nom_organisme": "Commune de Testville", "population": "15000"}, "member 2")

    differ = "Les membres de l'équipe ont donné des réponses différentes."
    visit(first, audit, "%s/w/%s/team/s/%s" % (base, wid, SECTION), "member 1: section with differences")
    check(differ in body_text(first),
          "the section page does not say that the members differ:\n%s" % body_text(first)[:800])
    agree = first.find_elements(By.PARTIAL_LINK_TEXT, "Se mettre d'accord")
    check(agree, "no 'Se mettre d'accord' link on the section page")
    agree_url = agree[0].get_attribute("href")
    check(agree_url.endswith("/w/%s/team/q/%s.population" % (wid, SECTION)),
          "the 'Se mettre d'accord' link goes to %s, not to the population question" % agree_url)
    agree[0].click()
    landed(first, audit, "member 1: question page (agree)")
    check(first.find_elements(By.TAG_NAME, "table"), "the question page shows no history table")
    choices = first.find_elements(By.CSS_SELECTOR, "input[type=radio][name=choice]")
    check(len(choices) >= 2, "the question page offers %d proposals, expected 2 or more" % len(choices))
    chosen = None
    for choice in choices:
        label_text = first.find_element(
            By.CSS_SELECTOR, "label[for='%s']" % choice.get_attribute("id")).text \
            if choice.get_attribute("id") else choice.find_element(By.XPATH, "./ancestor::label").text
        if "15000" in digits_together(label_text):
            chosen = choice
            break
    check(chosen is not None, "no proposal of 15000 among the choices of the question page")
    chosen.click()
    submit(first, chosen.find_element(By.XPATH, "./ancestor::form"))
    check("Accord enregistré" in body_text(first),
          "no 'Accord enregistré' notice after agreeing (at %s):\n%s"
          % (first.current_url, body_text(first)[:800]))
    landed(first, audit, "member 1: agreement recorded")
    visit(first, audit, "%s/w/%s/team/s/%s" % (base, wid, SECTION), "member 1: section after agreement")
    population = first.find_element(By.NAME, "a:%s.population" % SECTION).get_attribute("value")
    check(digits_together(population) == "15000",
          "after the agreement the population shown is %r, not 15000" % population)

    # A conflict: member 2 saves over an answer member 1 changed after member 2's page was shown.
    visit(second, audit, "%s/w/%s/team/s/%s" % (base, wid, SECTION), "member 2: section before a conflict")
    answer_section(first, audit, base, wid, {"nom_organisme": "Ville de Testville"}, "member 1 (again)")
    stale = second.find_element(By.NAME, "a:%s.nom_organisme" % SECTION)
    stale.clear()
    stale.send_keys("Mairie de Testville")
    submit(second, stale.find_element(By.XPATH, "./ancestor::form"))
    expect("Conflit" in body_text(second),
           "saving over a newer answer shows no 'Conflit :' block (at %s):\n%s"
           % (second.current_url, body_text(second)[:600]))
    landed(second, audit, "member 2: section with a conflict")

    # Other pages of a member: overview, glossary, documents (and a preview), English.
    visit(first, audit, "%s/w/%s/team" % (base, wid), "member 1: team overview")
    visit_sections(first, audit, "member 1")
    visit(first, audit, "%s/w/%s/team/glossary" % (base, wid), "member 1: glossary")
    visit(first, audit, "%s/w/%s/team/documents" % (base, wid), "member 1: documents")
    docx_links = [a.get_attribute("href") for a in first.find_elements(By.CSS_SELECTOR, "a[href$='.docx']")]
    check(docx_links, "the documents page links to no .docx")
    preview_links = [a.get_attribute("href") for a in first.find_elements(By.CSS_SELECTOR, "a[href*='preview=']")]
    if preview_links:
        visit(first, audit, preview_links[0], "member 1: documents with a preview")
    check_zip(download(first, docx_links[0]), docx_links[0], "word/document.xml")
    check_zip(download(first, "%s/w/%s/team/documents.zip" % (base, wid)), "team documents.zip")
    section_path = "/w/%s/team/s/%s" % (wid, SECTION)
    visit(first, audit, base + "/lang/en?next=" + urllib.parse.quote(section_path, safe=""),
          "member 1: section in English")
    check(first.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en",
          "/lang/en did not switch the section page to English")
    check(urllib.parse.urlsplit(first.current_url).path == section_path,
          "/lang/en?next= led to %s, not back to the section" % first.current_url)

    # The trainer: dashboard with both teams, a team's page, a comparison.
    trainer = new_browser()
    drivers.append(trainer)
    trainer.get(trainer_links[0])
    check("/w/%s/trainer" % wid in trainer.current_url,
          "the trainer link did not lead to the dashboard but to %s" % trainer.current_url)
    landed(trainer, audit, "trainer dashboard")
    text = body_text(trainer)
    check("Équipe Alpha" in text and "Équipe Bêta" in text,
          "the dashboard does not list both teams:\n%s" % text[:800])
    team_pages = [a.get_attribute("href") for a in trainer.find_elements(
        By.CSS_SELECTOR, "a[href*='/w/%s/trainer/teams/']" % wid)]
    check(team_pages, "the dashboard links to no team page")
    visit(trainer, audit, team_pages[0], "trainer: team page")
    visit(trainer, audit, "%s/w/%s/trainer?q=%s.population" % (base, wid, SECTION), "trainer: compare")
    expect("15000" in digits_together(body_text(trainer)),
           "the comparison of population does not show the answer 15000:\n%s" % body_text(trainer)[:800])

    check_zip(download(trainer, "%s/w/%s/trainer/documents.zip" % (base, wid)), "trainer documents.zip")

    # A workshop of the other kit, in English, with one member.
    visit(organiser, audit, base + "/", "organiser home with a workshop (again)")
    _, english_joins = create_workshop(
        organiser, audit, "Browser test workshop", "tribunal-generations-futures", "en", ["Team One"])
    english_wid = re.search(r"/w/([^/]+)/", english_joins[0]).group(1)
    third = new_browser()
    drivers.append(third)
    join(third, audit, english_joins[0], "Alex", "member 3 (English workshop)")
    expect(third.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en",
           "the team page of a workshop in English is not in English")
    visit_sections(third, audit, "member 3")
    visit(third, audit, "%s/w/%s/team/documents" % (base, english_wid), "member 3: documents")
    visit(third, audit, "%s/w/%s/team/glossary" % (base, english_wid), "member 3: glossary")

    # The home page of someone with no link, and an unknown page.
    stranger = new_browser()
    drivers.append(stranger)
    visit(stranger, audit, base + "/", "home page (no link)")
    stranger.get(base + "/no-such-page")
    heading = stranger.find_elements(By.TAG_NAME, "h1")
    expect(heading and heading[0].text.strip() in ERROR_TITLES, "an unknown address shows no error page")
    audit.run(stranger, "error page (unknown address)")


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("PARTICIPE_BIN", ".build/debug/participe")
    if not os.path.isabs(binary):
        binary = os.path.join(REPO, binary)
    if not os.access(binary, os.X_OK):
        print("workshop browser test: no participe binary at %s" % binary)
        return 1
    tmp = tempfile.mkdtemp(prefix="participe-browser-")
    server = Server(binary, os.path.join(tmp, "data"))
    audit = Audit()
    drivers = []
    failures = []
    started = time.monotonic()

    def stop_now(signum, _frame):
        raise StepFailure("stopped by signal %d (the time limit is %d s)" % (signum, TIME_LIMIT))

    signal.signal(signal.SIGALRM, stop_now)
    signal.signal(signal.SIGTERM, stop_now)
    signal.alarm(TIME_LIMIT)
    try:
        scenario(server, audit, drivers, tmp)
    except StepFailure as failure:
        failures.append("step failed: %s" % failure)
    except Exception:  # a Selenium error: the page lacked what the step needed
        lines = traceback.format_exc().splitlines()
        # chromedriver's native stack (#0 0x...) says nothing about the page.
        failures.append("step failed with an exception:\n" + "\n".join(
            line for line in lines if not re.match(r"#\d+ 0x", line)))
    finally:
        signal.alarm(0)
        for driver in drivers:
            try:
                driver.quit()
            except Exception:
                pass
        crashed = not server.alive()
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    if crashed:
        failures.append("the server stopped during the test (exit code %s)" % server.process.returncode)
    if server.stderr_lines:
        failures.append("the server wrote to its error output:\n  " + "\n  ".join(server.stderr_lines[-40:]))
    failures.extend("expectation failed: " + message for message in EXPECTATIONS)
    if audit.failing:
        failures.append("axe-core found serious or critical violations on %d page(s):\n%s" % (
            len({item[1] for item in audit.failing}), Audit.report(audit.failing)))

    print()
    if audit.minor:
        print("axe-core, moderate or minor (reported, not failing):")
        print(Audit.report(audit.minor))
    print("workshop browser test: %d page(s) checked with axe-core in %.0f s"
          % (len(audit.pages), time.monotonic() - started))
    if failures:
        for failure in failures:
            print("FAIL: " + failure)
        print("0 passed, 1 failed")
        return 1
    print("1 passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
