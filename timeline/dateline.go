package timeline

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
	"github.com/timelinehq/timeline/internal/sentence"
)

// datelineLines is how many non-blank lines at the start of a text, page
// boilerplate aside, may hold a dateline.
const datelineLines = 3

// datelineBytes is how far into each of those lines a dateline may reach.
const datelineBytes = 300

// minDatelineYear is the first year a publication date may have: earlier
// "years" (0001-01-01) are not dates of news.
const minDatelineYear = 1000

// datelineFromPrefix starts Document.DateFrom when the date comes from a
// dateline; the dateline as written follows it.
const datelineFromPrefix = "dateline: "

// headerFromPrefix starts Document.DateFrom when the date comes from a
// line labelled as the publication date ("Published: Friday, August 26,
// 2016"), a header line as scrapers write it: no guess, and no warning.
const headerFromPrefix = "header: "

//go:embed data/dateline.txt
var datelineData string

// datelineWords holds the lists of data/dateline.txt, lower-cased.
type datelineWords struct {
	published map[string]bool // labels before a publication date
	updated   map[string]bool // labels before a revision date
	weekdays  map[string]bool
}

var loadDatelineWords = sync.OnceValue(func() *datelineWords {
	w := &datelineWords{published: map[string]bool{}, updated: map[string]bool{}, weekdays: map[string]bool{}}
	var section map[string]bool
	for line := range strings.Lines(datelineData) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			switch line {
			case "[published]":
				section = w.published
			case "[updated]":
				section = w.updated
			case "[weekday]":
				section = w.weekdays
			default:
				section = nil
			}
			continue
		}
		if section != nil {
			section[strings.ToLower(strings.Join(strings.Fields(line), " "))] = true
		}
	}
	return w
})

// datelineTagger finds the date phrases of a dateline; it is built once.
var datelineTagger = sync.OnceValue(dates.New)

// datelineAnchor is the anchor date phrases are resolved against. A dateline
// names its year, so the anchor never decides its value.
var datelineAnchor = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// The patterns of datelines, compiled when first needed: most documents
// have front matter with a date, and a process that reads none of them
// (timeline dates) need not compile them at start-up.
var (
	// datelineTimeTail matches what may follow a date on a line of its own:
	// the rest of an ISO timestamp, a time of day and a time zone
	// ("2016-08-26T10:15:00Z", "Aug. 26, 2016, 3:15 p.m. ET", "26 August
	// 2016 10.15 BST").
	datelineTimeTail = lazyRegexp(`^(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?` +
		`\s*(?:(?:[,|·•/–—-]|at)\s*)?` +
		`(?:\d{1,2}(?:[:.]\d{2}){0,2}\s*(?i:[ap]\.?\s?m\.?)?)?` +
		`\s*(?:\(?[A-Z]{2,5}\)?|(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\s*$`)
	// datelineEnd matches the end of a dateline before the story:
	// "(Reuters) -", "(AP) —", "/PRNewswire/ --", ":".
	datelineEnd = lazyRegexp(`^\s*(?:\([^()\n]{1,40}\)\s*|/[^/\n]{1,40}/\s*)?(?:--?|–|—|:)(?:\s|$)`)
	// datelineShortYear matches a numeric date with a two-digit year,
	// "8/26/16".
	datelineShortYear = lazyRegexp(`^\d{1,2}/\d{1,2}/(\d{2})$`)
)

// lazyRegexp returns a function that compiles pattern on its first call
// and returns the same Regexp on every call.
func lazyRegexp(pattern string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(pattern) })
}

// datelineMatch is a dateline found in a text.
type datelineMatch struct {
	date    time.Time // midnight UTC
	text    string    // the dateline as written, a substring of the text
	updated bool      // the date is labelled as a revision ("Updated ...")
	// labelled says the date is labelled as the publication date
	// ("Published: ...", "Posted on ..."): a header line, not a guess.
	labelled bool
}

// Dateline looks for the date an article gives in its first lines, when it
// has no other publication date: a line with a label ("Published: Friday,
// August 26, 2016", "Updated Aug. 26, 2016 3:15 p.m. ET", "Posted on
// 08/26/2016"), a wire-service dateline ("GENEVA, Aug. 26, 2016 (Reuters)
// -", "NEW YORK, August 26, 2016 /PRNewswire/ --") or a date on a line of
// its own ("August 26, 2016", "26 August 2016", "2016-08-26"). It returns
// the date (midnight UTC of the calendar date as written), the dateline as
// written (a substring of text: "GENEVA, Aug. 26, 2016", "Published:
// Friday, August 26, 2016") and true; or false if there is none.
//
// Only the first 3 non-blank lines count, page boilerplate ("Share",
// "Advertisement") aside, and only their first 300 bytes; a date elsewhere
// in a line (as in "Talks began Aug. 26, 2016, in Geneva") is not a
// dateline. The date must name its year: "GENEVA, Aug. 26 (Reuters) -" is
// not enough on its own. A publication date wins over an "Updated" one
// within those lines; otherwise the first dateline wins.
func Dateline(text string) (time.Time, string, bool) {
	m, ok := findDateline(text, nil)
	return m.date, m.text, ok
}

// findDateline finds the dateline of text. ignore, if not nil, tells
// which lines (by their span in text) do not count, such as the captions of
// an HTML page.
func findDateline(text string, ignore func(start, end int) bool) (datelineMatch, bool) {
	bp := loadBoilerplate()
	var found datelineMatch
	ok := false
	counted := 0
	for pos := 0; pos < len(text) && counted < datelineLines; {
		end := strings.IndexByte(text[pos:], '\n')
		next := 0
		if end < 0 {
			end, next = len(text), len(text)
		} else {
			end += pos
			next = end + 1
		}
		start, stop := sentence.TrimSpan(text, pos, end)
		pos = next
		line := text[start:stop]
		if line == "" || bp.isBoilerplate(line) || (ignore != nil && ignore(start, stop)) {
			continue
		}
		counted++
		m, hit := lineDateline(line)
		if !hit {
			continue
		}
		if !m.updated {
			return m, true
		}
		if !ok {
			found, ok = m, true
		}
	}
	return found, ok
}

// lineDateline reads a dateline at the start of one trimmed line.
func lineDateline(line string) (datelineMatch, bool) {
	scan := line
	if len(scan) > datelineBytes {
		cut := datelineBytes
		for cut > 0 && !utf8.RuneStart(scan[cut]) {
			cut--
		}
		scan = scan[:cut]
	}
	words := loadDatelineWords()
	for _, m := range datelineTagger().Tag(scan, datelineAnchor) {
		if m.Type != dates.Date && m.Type != dates.Time {
			continue
		}
		date, ok := mentionDay(m)
		if !ok {
			continue
		}
		before, after := line[:m.Start], line[m.End:]
		kind := words.prefixKind(before)
		switch kind {
		case prefixNone:
			continue
		case prefixBare, prefixCity:
			if !datelineTimeTail().MatchString(after) && !datelineEnd().MatchString(after) {
				continue
			}
		}
		text := line[:m.End]
		if kind == prefixBare && datelineTimeTail().MatchString(after) {
			text = line // a date line: keep its time of day
		}
		return datelineMatch{date: date, text: text, updated: kind == prefixUpdated, labelled: kind == prefixPublished}, true
	}
	return datelineMatch{}, false
}

// mentionDay returns the calendar day a mention names, if it names one
// with its year written out ("Aug. 26, 2016", "8/26/16", "2016-08-26").
func mentionDay(m dates.Mention) (time.Time, bool) {
	if m.Grain > dates.GrainDay || m.Grain == dates.GrainNone || len(m.Value.Value) < len(time.DateOnly) {
		return time.Time{}, false
	}
	t, err := time.Parse(time.DateOnly, m.Value.Value[:len(time.DateOnly)])
	if err != nil || t.Year() < minDatelineYear {
		return time.Time{}, false
	}
	year := m.Value.Value[:4]
	if !datelineHasNumber(m.Text, year) {
		sm := datelineShortYear().FindStringSubmatch(m.Text)
		if sm == nil || sm[1] != year[2:] {
			return time.Time{}, false
		}
	}
	return t, true
}

// datelineHasNumber reports whether s holds num with no digit on either side.
func datelineHasNumber(s, num string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], num)
		if j < 0 {
			return false
		}
		j += i
		k := j + len(num)
		if (j == 0 || !datelineDigit(s[j-1])) && (k == len(s) || !datelineDigit(s[k])) {
			return true
		}
		i = j + 1
	}
}

func datelineDigit(c byte) bool { return '0' <= c && c <= '9' }

// What stands before the date of a dateline.
const (
	prefixNone      = iota // something else: not a dateline
	prefixBare             // nothing, or a weekday
	prefixPublished        // a publication label: "Published:"
	prefixUpdated          // a revision label: "Updated"
	prefixCity             // a place: "GENEVA,", "Geneva, Switzerland,"
)

// prefixKind classifies the text on a line before a date.
func (w *datelineWords) prefixKind(before string) int {
	b := strings.TrimLeft(before, "# \t")
	b = strings.Trim(b, "*_ \t")
	b = w.trimWeekday(b)
	label := strings.TrimRight(b, " \t:,|-–—*_")
	if label == "" {
		return prefixBare
	}
	key := strings.ToLower(strings.Join(strings.Fields(label), " "))
	switch {
	case w.published[key]:
		return prefixPublished
	case w.updated[key]:
		return prefixUpdated
	case isDatelinePlace(b):
		return prefixCity
	}
	return prefixNone
}

// trimWeekday removes a weekday name, with an optional "." and ",", from
// the end of s: "Published: Fri., " gives "Published:".
func (w *datelineWords) trimWeekday(s string) string {
	t := strings.TrimRight(s, " \t,")
	t = strings.TrimSuffix(t, ".")
	start := len(t)
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(t[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= size
	}
	if word := t[start:]; word == "" || !w.weekdays[strings.ToLower(word)] {
		return s
	}
	return strings.TrimRight(t[:start], " \t")
}

// isDatelinePlace reports whether s is the place of a dateline: one to three
// comma-separated names of capitalised words, ending in a comma ("GENEVA,",
// "Geneva, Switzerland,", "WASHINGTON, D.C.,"); a slash joins the places of
// a story filed from two ("BEIJING/OTTAWA,").
func isDatelinePlace(s string) bool {
	inner, ok := strings.CutSuffix(strings.TrimSpace(s), ",")
	if !ok {
		return false
	}
	parts := strings.Split(inner, ",")
	if len(parts) > 3 {
		return false
	}
	for _, p := range parts {
		words := strings.FieldsFunc(p, func(r rune) bool { return unicode.IsSpace(r) || r == '/' })
		if len(words) == 0 || len(words) > 4 || len(p) > 40 {
			return false
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) {
				return false
			}
			for _, r := range w {
				if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
					return false
				}
			}
		}
	}
	return true
}

// useDateline sets Published and DateFrom from the dateline of d.Text, if
// it has one. ignore is as for findDateline.
func (d *Document) useDateline(ignore func(start, end int) bool) {
	if m, ok := findDateline(d.Text, ignore); ok {
		d.Published = m.date
		d.DateFrom = datelineFromPrefix + m.text
		if m.labelled {
			d.DateFrom = headerFromPrefix + m.text
		}
	}
}

// maxWirePlaceLen is the length in bytes under which the text before the
// date of a wire-service dateline can be its place ("KYIV, Ukraine, ").
const maxWirePlaceLen = 60

// inWireDateline reports whether the date mention m is the date of a
// wire-service dateline at the start of the sentence that starts at start
// in text: "GENEVA, Aug. 26, 2016 (Reuters) - Kerry and Lavrov met on
// Thursday", "KYIV, Ukraine, Feb. 24 (Reuters) -". The dateline says when
// the story was filed, not when anything in the sentence happened: as an
// event it put Thursday's meeting on Friday too.
func inWireDateline(text string, start int, m dates.Mention) bool {
	if m.Start-start > maxWirePlaceLen || m.Start < start {
		return false
	}
	if loadDatelineWords().prefixKind(text[start:m.Start]) != prefixCity {
		return false
	}
	return datelineEnd().MatchString(text[m.End:min(len(text), m.End+datelineBytes)])
}

// wireLag is how many days before its publication date a story's wire
// dateline may be and still be the day its text counts from: a story filed
// on Aug. 26 is published on Aug. 27 in the next morning's paper, or after
// midnight UTC on a site.
const wireLag = 3

// wireDay returns the day of the wire dateline that starts the lead of d
// ("GENEVA, Aug. 26 (Reuters) -"), when it is up to wireLag days before
// pub: the day the story was filed, which its "today" and "on Thursday"
// count from. mentions are d's, tagged against pub (a dateline names its
// day, so pub does not change it).
func wireDay(d *Document, mentions []dates.Mention, pub time.Time) (time.Time, bool) {
	if len(d.Sentences) == 0 || len(mentions) == 0 {
		return time.Time{}, false
	}
	lead := d.Sentences[0]
	for _, m := range mentions {
		if m.Start >= lead.End {
			break
		}
		if m.Start < lead.Start {
			continue // in the title
		}
		// The lead's first date is the dateline's, if it has one.
		if m.Grain != dates.GrainDay || !m.HasInterval() || !inWireDateline(d.Text, lead.Start, m) {
			return time.Time{}, false
		}
		day := dayOf(m.Value.Start)
		return day, day.Before(pub) && !day.Before(pub.AddDate(0, 0, -wireLag))
	}
	return time.Time{}, false
}
