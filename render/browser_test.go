package render_test

// Browser tests: the HTML page and the TimelineJS JSON, loaded in headless
// Chromium. They read these environment variables:
//
//	CHROMIUM            the browser (default /usr/bin/chromium); the tests
//	                    skip when it is missing
//	TIMELINEJS_DIR      the npm prefix where @knight-lab/timelinejs is
//	                    installed; TestBrowserTimelineJS skips without it
//	UPDATE_SCREENSHOT=1 rewrite examples/geneva-2016/timeline.png (as -update
//	                    does)
//	SCREENSHOT_DIR      also write desktop.png, mobile.png (375 pixels wide),
//	                    mobile-screen.png (its first screen) and timelinejs.png
//	                    there, to look at
//
// .ci/browser-setup.sh installs both and prints the export lines.

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/timelinehq/timeline/render"
	"github.com/timelinehq/timeline/timeline"
)

// browserTimeout bounds each browser test, the start of the browser
// included.
const browserTimeout = 60 * time.Second

// chromiumPath returns the browser to test with, or skips the test.
func chromiumPath(t *testing.T) string {
	t.Helper()
	path := os.Getenv("CHROMIUM")
	if path == "" {
		path = "/usr/bin/chromium"
	}
	if _, err := os.Stat(path); err != nil {
		t.Skipf("skipping browser test: no Chromium at %s (set CHROMIUM to its path, or run .ci/browser-setup.sh): %v", path, err)
	}
	return path
}

// browser is a headless Chromium tab and what it saw.
type browser struct {
	ctx context.Context

	mu       sync.Mutex
	problems []string // console errors and warnings, exceptions, error log entries
	requests []string // URLs of the requests the page made
	blocked  []string // URLs of requests that failed as blocked
	dialogs  []string
}

// startBrowser starts Chromium with a fresh profile and opens a tab of the
// given viewport size. The browser ends with the test, or after
// browserTimeout.
func startBrowser(t *testing.T, width, height int64) *browser {
	t.Helper()
	exe := chromiumPath(t)
	profile := t.TempDir() // removed after the browser has exited (cleanups run last in, first out)
	ctx, cancel := context.WithTimeout(t.Context(), browserTimeout)
	t.Cleanup(cancel)
	ctx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(exe),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.UserDataDir(profile),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,OptimizationHints,MediaRouter"),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("allow-file-access-from-files", false),
	)
	t.Cleanup(cancelAlloc) // waits for the browser to exit
	b := &browser{}
	ctx, cancelTab := chromedp.NewContext(ctx, chromedp.WithListener(b.listen(t)))
	t.Cleanup(cancelTab)
	b.ctx = ctx
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, height)); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	return b
}

// listen records what the tab reports; it runs in the tab's event loop, so
// it must not block.
func (b *browser) listen(t *testing.T) func(ev any) {
	return func(ev any) {
		b.mu.Lock()
		defer b.mu.Unlock()
		switch ev := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning ||
				ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range ev.Args {
					if a.Value != nil {
						args = append(args, string(a.Value))
					} else {
						args = append(args, a.Description)
					}
				}
				b.problems = append(b.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *runtime.EventExceptionThrown:
			d := ev.ExceptionDetails
			msg := d.Text
			if d.Exception != nil {
				msg += " " + d.Exception.Description
			}
			b.problems = append(b.problems, fmt.Sprintf("exception at %s:%d: %s", d.URL, d.LineNumber+1, msg))
		case *log.EventEntryAdded:
			if ev.Entry.Level == log.EntryLevelError {
				b.problems = append(b.problems, fmt.Sprintf("log %s: %s (%s)", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
			}
		case *network.EventRequestWillBeSent:
			b.requests = append(b.requests, ev.Request.URL)
		case *network.EventLoadingFailed:
			if ev.BlockedReason != "" {
				b.blocked = append(b.blocked, string(ev.RequestID))
			}
		case *page.EventJavascriptDialogOpening:
			b.dialogs = append(b.dialogs, string(ev.Type)+": "+ev.Message)
			go func() { // a dialog blocks the page until it is answered
				_, err := chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
				if err != nil {
					t.Logf("dismissing a dialog: %v", err)
				}
			}()
		}
	}
}

// seen returns copies of what the tab reported so far.
func (b *browser) seen() (problems, requests, dialogs []string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return slices.Clone(b.problems), slices.Clone(b.requests), slices.Clone(b.dialogs)
}

// open loads a local file in the tab.
func (b *browser) open(t *testing.T, path string) string {
	t.Helper()
	u := (&url.URL{Scheme: "file", Path: filepath.ToSlash(path)}).String()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(u)); err != nil {
		t.Fatalf("loading %s: %v", u, err)
	}
	return u
}

// evalJS evaluates a JavaScript expression and decodes its value into T.
func evalJS[T any](t *testing.T, b *browser, expr string) T {
	t.Helper()
	v, err := chromedp.Run(b.ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("evaluating %.60q...: %v", expr, err)
	}
	return v
}

// setMedia emulates a CSS media type ("print", or "" for screen) and a
// color scheme ("light" or "dark").
func (b *browser) setMedia(t *testing.T, media, scheme string) {
	t.Helper()
	_, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
		Media:    media,
		Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
	})
	if err != nil {
		t.Fatal(err)
	}
}

// seedTimeline is the timeline of the seed article, published Aug. 26, 2016.
func seedTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	const path = "testdata/geneva-2016-08-26.txt" // as the page names it, from the module root
	data, err := os.ReadFile(filepath.Join("..", path))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := timeline.ReadDocument(path, data)
	if err != nil {
		t.Fatal(err)
	}
	doc.Published = time.Date(2016, time.August, 26, 0, 0, 0, 0, time.UTC)
	tl, err := timeline.Build([]*timeline.Document{doc}, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(tl.Events) < 5 {
		t.Fatalf("the seed timeline has %d events; want at least 5", len(tl.Events))
	}
	return tl
}

// pageReport is what pageScript reads from the page.
type pageReport struct {
	Lang      string
	Title     string
	Events    []struct{ ID, Text string }
	Headings  []int
	Landmarks map[string]int
	Overflow  int // how far the page is wider than the viewport, in CSS pixels
}

const pageScript = `(() => {
	const text = (el) => el ? el.textContent.replace(/\s+/g, ' ').trim() : '';
	const events = [...document.querySelectorAll('main li.event')].map(li => ({ID: li.id, Text: text(li.querySelector('p.text'))}));
	const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1]));
	const top = (sel) => [...document.querySelectorAll(sel)].filter(el => !el.parentElement.closest('article, aside, main, nav, section')).length;
	return {
		Lang: document.documentElement.lang,
		Title: document.title,
		Events: events,
		Headings: headings,
		Landmarks: {banner: top('header'), main: document.querySelectorAll('main').length, contentinfo: top('footer'), navigation: document.querySelectorAll('nav').length},
		Overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
	};
})()`

// contrastScript returns the text elements whose colour has less contrast
// with the background behind them than WCAG AA asks: 4.5:1, or 3:1 for
// large text (24px, or 18.66px bold).
const contrastScript = `(() => {
	const parse = (c) => { const m = c.match(/rgba?\(([^)]+)\)/); if (!m) return null; const p = m[1].split(/[ ,\/]+/).filter(Boolean).map(Number); return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1}; };
	const lum = (c) => { const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }; return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
	const background = (el) => {
		for (; el; el = el.parentElement) { const c = parse(getComputedStyle(el).backgroundColor); if (c && c.a > 0) return c; }
		return {r: 255, g: 255, b: 255, a: 1};
	};
	const bad = [];
	for (const el of document.body.querySelectorAll('*')) {
		const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
		if (!own || el.getClientRects().length === 0) continue;
		const s = getComputedStyle(el);
		if (s.visibility === 'hidden' || s.display === 'none') continue;
		const fg = parse(s.color), bg = background(el);
		const l1 = lum(fg), l2 = lum(bg);
		const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
		const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
		const need = (size >= 24 || (bold && size >= 18.66)) ? 3 : 4.5;
		if (ratio < need) bad.push(el.tagName.toLowerCase() + '.' + el.className + ' ' + s.color + ' on ' + JSON.stringify(bg) + ': ' + ratio.toFixed(2));
	}
	return bad;
})()`

// TestBrowserHTML loads the seed timeline's page in Chromium: no console
// errors, no requests but the file itself, every event in order, headings
// that never skip a level, the landmarks, WCAG AA contrast in the light,
// dark and print styles, and no horizontal scrolling on a 375-pixel phone.
// With UPDATE_SCREENSHOT=1 (or -update) it rewrites
// examples/geneva-2016/timeline.png.
func TestBrowserHTML(t *testing.T) {
	b := startBrowser(t, 1000, 800)
	tl := seedTimeline(t)
	var buf bytes.Buffer
	if err := render.HTML(&buf, tl); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "timeline.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	fileURL := b.open(t, path)

	r := evalJS[pageReport](t, b, pageScript)
	if r.Lang != "en" || r.Title != tl.Title {
		t.Errorf("lang %q, title %q; want en, %q", r.Lang, r.Title, tl.Title)
	}
	if len(r.Events) != len(tl.Events) {
		t.Fatalf("%d events in the page, want %d", len(r.Events), len(tl.Events))
	}
	for i, e := range tl.Events {
		if got := r.Events[i]; got.ID != e.ID || got.Text != e.Text {
			t.Errorf("event %d in the page: %s %q; want %s %q", i, got.ID, got.Text, e.ID, e.Text)
		}
	}
	if n := strings.Count(fmt.Sprint(r.Headings), "1"); len(r.Headings) == 0 || r.Headings[0] != 1 || n != 1 {
		t.Errorf("heading levels %v: want one h1, first", r.Headings)
	}
	for i := 1; i < len(r.Headings); i++ {
		if r.Headings[i] > r.Headings[i-1]+1 {
			t.Errorf("heading levels %v: h%d follows h%d", r.Headings, r.Headings[i], r.Headings[i-1])
		}
	}
	for _, l := range []string{"banner", "main", "contentinfo", "navigation"} {
		if r.Landmarks[l] != 1 {
			t.Errorf("%d %s landmarks, want 1", r.Landmarks[l], l)
		}
	}
	if r.Overflow > 0 {
		t.Errorf("on a 1000-pixel-wide screen the page scrolls sideways by %d pixels", r.Overflow)
	}

	desktop, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatal(err)
	}

	for _, m := range []struct{ media, scheme string }{{"", "light"}, {"", "dark"}, {"print", "light"}} {
		b.setMedia(t, m.media, m.scheme)
		if bad := evalJS[[]string](t, b, contrastScript); len(bad) > 0 {
			t.Errorf("media %q, %s scheme: text below WCAG AA contrast:\n%s", m.media, m.scheme, strings.Join(bad, "\n"))
		}
	}
	b.setMedia(t, "", "light")

	update := os.Getenv("UPDATE_SCREENSHOT") == "1"
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		update = true
	}
	if update {
		out := filepath.Join("..", "examples", "geneva-2016", "timeline.png")
		if err := os.WriteFile(out, desktop, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", out)
	}

	if err := chromedp.Do(b.ctx, chromedp.EmulateViewport(375, 812, chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	if r := evalJS[pageReport](t, b, pageScript); r.Overflow > 0 {
		t.Errorf("on a 375-pixel-wide phone the page scrolls sideways by %d pixels", r.Overflow)
	}
	if dir := os.Getenv("SCREENSHOT_DIR"); dir != "" {
		mobile, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
		if err != nil {
			t.Fatal(err)
		}
		screen, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		for name, png := range map[string][]byte{"desktop.png": desktop, "mobile.png": mobile, "mobile-screen.png": screen} {
			if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}

	problems, requests, dialogs := b.seen()
	for _, p := range problems {
		t.Errorf("browser reported %s", p)
	}
	for _, u := range requests {
		if u != fileURL {
			t.Errorf("the page requested %s; it must load nothing but itself", u)
		}
	}
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
}

// TestBrowserHTMLScriptInjection loads the page of a timeline whose every
// field carries a script payload that sets window.__pwned, after checking
// on a control page that such payloads do run when they are markup.
func TestBrowserHTMLScriptInjection(t *testing.T) {
	b := startBrowser(t, 800, 600)
	dir := t.TempDir()
	const pwned = `typeof window.__pwned !== 'undefined'`
	// Hover and focus every element, for payloads in event attributes.
	const touch = `document.querySelectorAll('*').forEach(el => {
		for (const type of ['mouseover', 'mouseenter', 'focus', 'load']) el.dispatchEvent(new Event(type));
	}); true`

	control := filepath.Join(dir, "control.html")
	if err := os.WriteFile(control, []byte(`<!DOCTYPE html><title>control</title><p onmouseover="window.__pwned=1">x</p>`), 0o644); err != nil {
		t.Fatal(err)
	}
	b.open(t, control)
	evalJS[bool](t, b, touch)
	if !evalJS[bool](t, b, pwned) {
		t.Fatal("the control payload did not run: the test cannot see script execution")
	}

	for name, tl := range map[string]*timeline.Timeline{"malicious": maliciousTimeline(), "sample": sampleTimeline()} {
		var buf bytes.Buffer
		if err := render.HTML(&buf, tl); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name+".html")
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		b.open(t, path)
		evalJS[bool](t, b, touch)
		if evalJS[bool](t, b, pwned) {
			t.Errorf("%s: a payload ran: window.__pwned is set", name)
		}
		const active = `[...document.querySelectorAll('script, iframe, img, svg, object, embed, style')].length`
		if n := evalJS[int](t, b, active); n != 1 { // the page's own style sheet
			t.Errorf("%s: %d script, iframe, img, svg, object, embed or style elements; want the one style sheet", name, n-1)
		}
		const links = `[...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href')).filter(h => !/^(https?:\/\/|#)/.test(h))`
		if bad := evalJS[[]string](t, b, links); len(bad) > 0 {
			t.Errorf("%s: links that are neither http(s) nor in the page: %q", name, bad)
		}
		if got := evalJS[string](t, b, `document.title`); got != tl.Title {
			t.Errorf("%s: the title reads %q, want %q", name, got, tl.Title)
		}
	}
	problems, _, dialogs := b.seen()
	for _, p := range problems {
		t.Errorf("browser reported %s", p)
	}
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}
}

// timelineJSDist returns the dist directory of the TimelineJS npm package
// in TIMELINEJS_DIR, or skips the test.
func timelineJSDist(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("TIMELINEJS_DIR")
	if dir == "" {
		t.Skip("skipping TimelineJS test: TIMELINEJS_DIR is unset; run .ci/browser-setup.sh (npm install --prefix DIR @knight-lab/timelinejs) and export TIMELINEJS_DIR=DIR")
	}
	dist, err := filepath.Abs(filepath.Join(dir, "node_modules", "@knight-lab", "timelinejs", "dist"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"js/timeline.js", "css/timeline.css"} {
		if _, err := os.Stat(filepath.Join(dist, f)); err != nil {
			t.Skipf("skipping TimelineJS test: TIMELINEJS_DIR=%s has no @knight-lab/timelinejs: %v", dir, err)
		}
	}
	return dist
}

// timelineJSHarness writes a page that shows data with the TimelineJS
// library in dist and returns its path.
func timelineJSHarness(t *testing.T, dir, dist string, data []byte) string {
	t.Helper()
	distURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(dist)}).String()
	js, _ := json.Marshal(distURL + "/js/") // script_path: anything the library loads comes from dist, not a CDN
	// Inside <script>, "</" could end the element: JSON allows "<\/" for it.
	data = bytes.ReplaceAll(data, []byte("</"), []byte(`<\/`))
	page := `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>TimelineJS</title>
<link rel="stylesheet" href="` + distURL + `/css/timeline.css">
<script src="` + distURL + `/js/timeline.js"></script>
<style>html, body { height: 100%; margin: 0; } #timeline-embed { width: 100%; height: 600px; }</style>
</head><body><div id="timeline-embed"></div>
<script>
window.timeline = new TL.Timeline('timeline-embed', ` + string(data) + `, {
	script_path: ` + string(js) + `,
	font: null,
	language: 'en',
	hash_bookmark: false,
	ga_measurement_id: null,
	ga_property_id: null,
	soundcite: false
});
</script></body></html>`
	path := filepath.Join(dir, "harness.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestBrowserTimelineJS shows the seed timeline's TimelineJS JSON with the
// TimelineJS library: it loads without errors, shows a slide for every
// event, with its unique_id and headline, and reads no script from outside
// the package. External requests (fonts or CDN files the library may ask
// for) are blocked and listed; only they may fail.
func TestBrowserTimelineJS(t *testing.T) {
	for _, tc := range []struct {
		name string
		tl   func(*testing.T) *timeline.Timeline
	}{{"seed", seedTimeline}, {"merged", exampleArticlesTimeline}} {
		t.Run(tc.name, func(t *testing.T) { testBrowserTimelineJS(t, tc.tl(t)) })
	}
}

// exampleArticlesTimeline is the timeline of the four example articles about the
// 2016 Geneva talks, merged.
func exampleArticlesTimeline(t *testing.T) *timeline.Timeline {
	t.Helper()
	paths, err := filepath.Glob("../testdata/multi/*.md")
	if err != nil || len(paths) < 2 {
		t.Fatalf("example articles: %v %v", paths, err)
	}
	var docs []*timeline.Document
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		d, err := timeline.ReadDocument(strings.TrimPrefix(p, "../"), data)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	tl, err := timeline.Build(docs, timeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return tl
}

func testBrowserTimelineJS(t *testing.T, tl *timeline.Timeline) {
	dist := timelineJSDist(t)
	b := startBrowser(t, 1200, 800)
	_, err := chromedp.Call(b.ctx, network.SetBlockedURLs, network.SetBlockedURLsParams{URLPatterns: []*network.BlockPattern{
		{URLPattern: "http://*:*/*", Block: true}, {URLPattern: "https://*:*/*", Block: true},
	}})
	if err != nil {
		t.Fatal(err)
	}

	var data bytes.Buffer
	if err := render.TimelineJS(&data, tl); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Events []struct {
			UniqueID string `json:"unique_id"`
			Text     struct {
				Headline string `json:"headline"`
			} `json:"text"`
		} `json:"events"`
	}
	if err := json.Unmarshal(data.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != len(tl.Events) {
		t.Fatalf("%d TimelineJS events for %d timeline events", len(doc.Events), len(tl.Events))
	}
	dir := t.TempDir()
	b.open(t, timelineJSHarness(t, dir, dist, data.Bytes()))

	// The title slide and one slide per event, each event a marker on the
	// time axis.
	want := len(doc.Events)
	ready := fmt.Sprintf(`document.querySelectorAll('.tl-storyslider .tl-slide').length === %d && document.querySelectorAll('.tl-timemarker').length === %d`, want+1, want)
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		got := evalJS[[]int](t, b, `[document.querySelectorAll('.tl-storyslider .tl-slide').length, document.querySelectorAll('.tl-timemarker').length]`)
		problems, _, _ := b.seen()
		t.Fatalf("TimelineJS did not render %d slides and %d markers (got slides, markers %v): %v\nbrowser: %q", want+1, want, got, err, problems)
	}
	type slide struct{ ID, Headline string }
	slides := evalJS[[]slide](t, b, `[...document.querySelectorAll('.tl-storyslider .tl-slide')].map(s => ({
		ID: s.id, Headline: (s.querySelector('.tl-headline') || {textContent: ''}).textContent.replace(/\s+/g, ' ').trim()}))`)
	byID := map[string]string{}
	for _, s := range slides {
		byID[s.ID] = s.Headline
	}
	for _, e := range doc.Events {
		h, ok := byID[e.UniqueID]
		if !ok {
			t.Errorf("no slide with id %q", e.UniqueID)
			continue
		}
		if want := html.UnescapeString(e.Text.Headline); h != want {
			t.Errorf("slide %s: headline %q, want %q", e.UniqueID, h, want)
		}
	}

	if dir := os.Getenv("SCREENSHOT_DIR"); dir != "" {
		png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "timelinejs.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	problems, requests, dialogs := b.seen()
	b.mu.Lock()
	blocked := len(b.blocked)
	b.mu.Unlock()
	var external []string
	for _, u := range requests {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			external = append(external, u)
		}
	}
	if len(external) > 0 {
		t.Logf("blocked %d of %d external requests: %q", blocked, len(external), external)
	}
	for _, p := range problems {
		if isBlockedLoad(p, external) {
			continue
		}
		t.Errorf("browser reported %s", p)
	}
	if len(dialogs) > 0 {
		t.Errorf("dialogs opened: %q", dialogs)
	}

	// The same with the malicious timeline: TimelineJS reads headline, text,
	// group and display_date as HTML, and none of the payloads may run.
	var evil bytes.Buffer
	if err := render.TimelineJS(&evil, maliciousTimeline()); err != nil {
		t.Fatal(err)
	}
	b.open(t, timelineJSHarness(t, dir, dist, evil.Bytes()))
	if _, err := chromedp.Run(b.ctx, chromedp.Poll[bool](`document.querySelectorAll('.tl-timemarker').length === 2`,
		chromedp.WithPollingTimeout(10*time.Second))); err != nil {
		t.Fatalf("TimelineJS did not render the malicious timeline: %v", err)
	}
	evalJS[bool](t, b, `document.querySelectorAll('*').forEach(el => ['mouseover', 'focus', 'load'].forEach(type => el.dispatchEvent(new Event(type)))); true`)
	if evalJS[bool](t, b, `typeof window.__pwned !== 'undefined'`) {
		t.Error("a payload ran in TimelineJS: window.__pwned is set")
	}
	if n := evalJS[int](t, b, `document.querySelectorAll('#timeline-embed script, #timeline-embed iframe, #timeline-embed img[onerror], #timeline-embed svg[onload]').length`); n > 0 {
		t.Errorf("TimelineJS shows %d elements made from event text", n)
	}
}

// isBlockedLoad reports whether a browser problem is the failure of a
// request this test blocked.
func isBlockedLoad(problem string, blocked []string) bool {
	if !strings.Contains(problem, "ERR_BLOCKED_BY_CLIENT") && !strings.HasPrefix(problem, "log network:") {
		return false
	}
	for _, u := range blocked {
		if strings.Contains(problem, u) {
			return true
		}
	}
	return false
}

// TestBrowserHTMLMerged loads the merged example's page: no console errors
// or requests, and every event in order.
func TestBrowserHTMLMerged(t *testing.T) {
	b := startBrowser(t, 1000, 800)
	tl := exampleArticlesTimeline(t)
	var buf bytes.Buffer
	if err := render.HTML(&buf, tl); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "merged.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b.open(t, path)
	r := evalJS[pageReport](t, b, pageScript)
	if len(r.Events) != len(tl.Events) {
		t.Fatalf("%d events in the page, want %d", len(r.Events), len(tl.Events))
	}
	for i, e := range tl.Events {
		if got := r.Events[i]; got.ID != e.ID || got.Text != e.Text {
			t.Errorf("event %d in the page: %s %q; want %s %q", i, got.ID, got.Text, e.ID, e.Text)
		}
	}
	problems, requests, dialogs := b.seen()
	if len(problems) > 0 || len(dialogs) > 0 {
		t.Errorf("browser problems %q, dialogs %q", problems, dialogs)
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, "file://") && !strings.HasPrefix(u, "data:") {
			t.Errorf("request to %s", u)
		}
	}
}
