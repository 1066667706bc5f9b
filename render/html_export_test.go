package render

import (
	"bytes"
	"html/template"
	"os"
	"sync"

	"github.com/timelinehq/timeline/timeline"
)

// The fields of an event's <li>, for the tests of appendHTMLEvent.
type (
	HTMLEvent    = htmlEvent
	HTMLFact     = htmlFact
	HTMLCitation = htmlCitation
)

// AppendHTMLEvent is appendHTMLEvent.
func AppendHTMLEvent(b []byte, he *HTMLEvent) []byte { return appendHTMLEvent(b, he) }

// eventTemplate is the template "event", which appendHTMLEvent follows.
var eventTemplate = sync.OnceValues(func() (*template.Template, error) {
	return template.ParseFS(os.DirFS("."), "assets/event.html.tmpl")
})

// TemplateHTMLEvent is the <li> of he as the template "event" writes it.
func TemplateHTMLEvent(he *HTMLEvent) (string, error) {
	tmpl, err := eventTemplate()
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	err = tmpl.ExecuteTemplate(&buf, "event", he)
	return buf.String(), err
}

// HTMLEvents is the fields of the <li> of each event of t, as HTML shows
// them, each made afresh (by an htmlEvents of its own, which remembers
// nothing of the events before).
func HTMLEvents(t *timeline.Timeline) []HTMLEvent {
	srcs := htmlSources{byID: indexSources(t)}
	for i := range t.Sources {
		srcs.list = append(srcs.list, newHTMLSource(&t.Sources[i], i+1))
	}
	ids := pageIDs(t)
	events := make([]HTMLEvent, len(t.Events))
	for i := range t.Events {
		e := &t.Events[i]
		var hs htmlEvents
		events[i] = *hs.of(e, ids.unique(htmlID(e.ID), i), srcs)
	}
	return events
}

// pageTemplate is the page template, which appendHTMLPage follows.
var pageTemplate = sync.OnceValues(func() (*template.Template, error) {
	return template.ParseFS(os.DirFS("."), "assets/timeline.html.tmpl")
})

// TemplateHTML is the page of t as the templates write it: the page
// template around each event's <li> from the template "event", as HTML
// wrote pages before appendHTMLPage and appendHTMLEvent.
func TemplateHTML(t *timeline.Timeline) (string, error) {
	tmpl, err := pageTemplate()
	if err != nil {
		return "", err
	}
	css, err := htmlCSS()
	if err != nil {
		return "", err
	}
	page, err := newHTMLPage(t, chunking{size: chunkSize, jobs: 1})
	if err != nil {
		return "", err
	}
	page.CSS = css
	events := HTMLEvents(t)
	i := 0
	for _, y := range page.Years {
		for _, m := range y.Months {
			for j := range m.items {
				li, err := TemplateHTMLEvent(&events[i])
				if err != nil {
					return "", err
				}
				m.items[j] = []byte(li)
				i++
			}
		}
	}
	var buf bytes.Buffer
	err = tmpl.Execute(&buf, page)
	return buf.String(), err
}
