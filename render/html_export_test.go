package render

import (
	"bytes"
	"html/template"
	"os"
	"strings"
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

// The page as the page template takes it: each month with its events'
// <li> joined.
type (
	tmplPage struct {
		Title   string
		Summary string
		CSS     template.CSS
		Years   []tmplYear
		Sources []htmlSource
	}
	tmplYear struct {
		Heading string
		Months  []tmplMonth
	}
	tmplMonth struct {
		Heading string
		Events  template.HTML
	}
)

// TemplateHTML is the page of t as the templates write it: the page
// template around each event's <li> from the template "event", as HTML
// wrote pages before appendHTMLEvent and appendHTMLHead and the rest.
func TemplateHTML(t *timeline.Timeline) (string, error) {
	tmpl, err := pageTemplate()
	if err != nil {
		return "", err
	}
	css, err := htmlCSS()
	if err != nil {
		return "", err
	}
	p := newHTMLPage(t)
	page := tmplPage{Title: p.Title, Summary: p.Summary, CSS: template.CSS(css), Sources: p.Sources}
	events := HTMLEvents(t)
	for _, y := range p.Years {
		ty := tmplYear{Heading: y.Heading}
		for _, m := range y.Months {
			var lis strings.Builder
			for i := m.from; i < m.to; i++ {
				li, err := TemplateHTMLEvent(&events[i])
				if err != nil {
					return "", err
				}
				lis.WriteString(li)
			}
			ty.Months = append(ty.Months, tmplMonth{m.Heading, template.HTML(lis.String())})
		}
		page.Years = append(page.Years, ty)
	}
	var buf bytes.Buffer
	err = tmpl.Execute(&buf, page)
	return buf.String(), err
}
