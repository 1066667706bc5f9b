package render

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/timelinehq/timeline/dates"
)

// TimeML writes a text and the date mentions found in it as a TimeML 1.2.1
// document in the form of the TempEval-3 corpora, which timeline eval and
// other TimeML tools read back:
//
//	<?xml version="1.0" ?>
//	<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">
//	<DOCID>geneva</DOCID>
//	<DCT><TIMEX3 tid="t0" type="DATE" value="2016-08-26" temporalFunction="false" functionInDocument="CREATION_TIME">2016-08-26</TIMEX3></DCT>
//	<TEXT>Talks stalled in <TIMEX3 tid="t1" type="DATE" value="2016-08" mod="END">late August</TIMEX3>.</TEXT>
//	</TimeML>
//
// docID names the document; published is the document creation time, which
// relative expressions were resolved against. <TEXT> holds text with each
// mention, in order, wrapped in a TIMEX3 element (tid t1, t2 ..., type,
// value and, when it has one, mod), so that the text content of <TEXT> is
// text byte for byte and a mention's offsets are those of its TIMEX3 in it.
// &, < and > are written as entities and a carriage return as &#xD; (which
// XML would otherwise read as LF). Control characters that XML 1.0 cannot
// hold are written as spaces and U+FFFE and U+FFFF as U+FFFD, which keeps
// every byte offset.
//
// The mentions must be in text order, each a non-empty span of text on rune
// boundaries that does not overlap the one before it, with a TIMEX3 type
// (DATE, TIME, DURATION or SET); published must not be zero and text must
// be UTF-8. Otherwise TimeML returns an error and writes nothing.
func TimeML(w io.Writer, docID, text string, published time.Time, ms []dates.Mention) error {
	if published.IsZero() {
		return errors.New("render: TimeML needs the publication date for the document creation time")
	}
	if !utf8.ValidString(text) {
		return fmt.Errorf("render: TimeML text is not UTF-8 at byte %d", invalidUTF8At(text))
	}
	prev := 0
	for i, m := range ms {
		if err := checkMention(text, prev, m); err != nil {
			return fmt.Errorf("render: TimeML mention %d (%q at %d:%d): %w", i+1, m.Text, m.Start, m.End, err)
		}
		prev = m.End
	}

	bw := bufio.NewWriter(w)
	bw.WriteString(`<?xml version="1.0" ?>` + "\n")
	bw.WriteString(`<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"` +
		` xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">` + "\n")
	bw.WriteString("<DOCID>")
	writeXMLText(bw, strings.ToValidUTF8(docID, "\uFFFD"))
	bw.WriteString("</DOCID>\n")
	dct := published.Format(time.DateOnly)
	bw.WriteString(`<DCT><TIMEX3 tid="t0" type="DATE" value="` + dct +
		`" temporalFunction="false" functionInDocument="CREATION_TIME">` + dct + "</TIMEX3></DCT>\n")
	bw.WriteString("<TEXT>")
	prev = 0
	for i, m := range ms {
		writeXMLText(bw, text[prev:m.Start])
		bw.WriteString(`<TIMEX3 tid="t` + strconv.Itoa(i+1) + `" type="` + string(m.Type) + `" value="`)
		writeXMLAttr(bw, m.Value.Value)
		bw.WriteString(`"`)
		if m.Mod != dates.ModNone {
			bw.WriteString(` mod="`)
			writeXMLAttr(bw, string(m.Mod))
			bw.WriteString(`"`)
		}
		bw.WriteString(">")
		writeXMLText(bw, text[m.Start:m.End])
		bw.WriteString("</TIMEX3>")
		prev = m.End
	}
	writeXMLText(bw, text[prev:])
	bw.WriteString("</TEXT>\n</TimeML>\n")
	return bw.Flush()
}

// checkMention reports what makes m unfit for a TIMEX3 element of text
// after a mention that ended at prev.
func checkMention(text string, prev int, m dates.Mention) error {
	switch {
	case m.Start < 0 || m.End > len(text) || m.Start >= m.End:
		return fmt.Errorf("span outside the text of %d bytes or empty", len(text))
	case m.Start < prev:
		return fmt.Errorf("overlaps or comes before the mention ending at %d", prev)
	case !runeBoundary(text, m.Start) || !runeBoundary(text, m.End):
		return errors.New("span splits a UTF-8 sequence")
	}
	switch m.Type {
	case dates.Date, dates.Time, dates.Duration, dates.Set:
		return nil
	}
	return fmt.Errorf("type %q is not a TIMEX3 type (DATE, TIME, DURATION or SET)", m.Type)
}

func runeBoundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }

// invalidUTF8At returns the offset of the first invalid UTF-8 byte of s.
func invalidUTF8At(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, n := utf8.DecodeRuneInString(s[i:]); n == 1 {
				return i
			}
		}
	}
	return len(s)
}

// writeXMLText writes s, which is UTF-8, as XML character data of the same
// bytes wherever XML allows: &, < and > as entities, CR as &#xD; (which XML
// would otherwise read as LF), control characters XML 1.0 cannot hold as
// spaces and U+FFFE and U+FFFF as U+FFFD.
func writeXMLText(w *bufio.Writer, s string) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch c := s[i]; {
		case c == '&':
			esc = "&amp;"
		case c == '<':
			esc = "&lt;"
		case c == '>':
			esc = "&gt;"
		case c == '\r':
			esc = "&#xD;"
		case c < ' ' && c != '\t' && c != '\n':
			esc = " "
		case c == 0xEF && strings.HasPrefix(s[i:], "\uFFFE"), c == 0xEF && strings.HasPrefix(s[i:], "\uFFFF"):
			w.WriteString(s[last:i])
			w.WriteString("\uFFFD")
			i += 2
			last = i + 1
			continue
		default:
			continue
		}
		w.WriteString(s[last:i])
		w.WriteString(esc)
		last = i + 1
	}
	w.WriteString(s[last:])
}

// writeXMLAttr writes s escaped for an attribute value in double quotes.
func writeXMLAttr(w *bufio.Writer, s string) {
	xml.EscapeText(w, []byte(s)) // never fails on a bufio.Writer: errors show at Flush
}
