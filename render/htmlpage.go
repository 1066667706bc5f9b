package render

// The page around the events: appendHTMLHead, the markup between months
// and years (appendHTMLMonthStart, htmlMonthEnd, htmlYearEnd) and
// appendHTMLFoot write byte for byte what the page template
// (assets/timeline.html.tmpl) writes, escaped as html/template escapes each
// of its actions, without the template's reflection (a tenth of the
// instructions of an HTML build went to it, mostly on the list of
// sources), and so that the events can be written as they come. The
// template stays the reference: keep the two in step (TestHTMLPageOracle,
// FuzzHTMLPage).

// The markup that ends a month and a year.
const (
	htmlMonthEnd = "\n</ol>\n</section>"
	htmlYearEnd  = "\n</section>"
)

// appendHTMLHead appends the page up to its <main>, inclusive.
func appendHTMLHead(b []byte, p *htmlPage) []byte {
	b = append(b, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"+
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"+
		"<meta name=\"color-scheme\" content=\"light dark\">\n<meta name=\"generator\" content=\"timeline\">\n<title>"...)
	b = appendHTMLText(b, p.Title) // <title> holds text only: its escaper is the same
	b = append(b, "</title>\n<style>\n"...)
	b = append(b, p.CSS...) // our own style sheet, trusted as template.CSS is
	b = append(b, "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#timeline\">Skip to the timeline</a>\n"+
		"<header class=\"masthead\">\n<h1>"...)
	b = appendHTMLText(b, p.Title)
	b = append(b, "</h1>\n<p class=\"summary\">"...)
	b = appendHTMLText(b, p.Summary)
	return append(b, "</p>\n</header>\n<main id=\"timeline\" tabindex=\"-1\">"...)
}

// appendHTMLMonthStart appends the markup that begins month m, its year
// too when m is the year's first, after the markup that ends the month and
// year before when there is one (after).
func appendHTMLMonthStart(b []byte, m *htmlMonth, after bool) []byte {
	newYear := m == m.year.Months[0]
	if after {
		b = append(b, htmlMonthEnd...)
		if newYear {
			b = append(b, htmlYearEnd...)
		}
	}
	if newYear {
		b = append(b, "\n<section class=\"year\">\n<h2>"...)
		b = appendHTMLText(b, m.year.Heading)
		b = append(b, "</h2>"...)
	}
	b = append(b, "\n<section class=\"month\">"...)
	if m.Heading != "" {
		b = append(b, "\n<h3>"...)
		b = appendHTMLText(b, m.Heading)
		b = append(b, "</h3>"...)
	}
	return append(b, "\n<ol class=\"events\">"...)
}

// appendHTMLFoot appends the page after its events: the end of <main>,
// and the list of sources.
func appendHTMLFoot(b []byte, p *htmlPage) []byte {
	if len(p.Years) == 0 {
		b = append(b, "\n<p class=\"empty\">No dated events.</p>"...)
	}
	b = append(b, "\n</main>\n<footer class=\"colophon\">\n<nav aria-labelledby=\"sources-heading\">\n"+
		"<h2 id=\"sources-heading\">Sources</h2>"...)
	if len(p.Sources) > 0 {
		b = append(b, "\n<ol class=\"sources\">"...)
		for i := range p.Sources {
			b = appendHTMLSource(b, &p.Sources[i])
		}
		b = append(b, "\n</ol>"...)
	} else {
		b = append(b, "\n<p>No sources.</p>"...)
	}
	return append(b, "\n</nav>\n<p class=\"made\">Made with timeline: every event cites the article sentence it comes from.</p>\n"+
		"</footer>\n</body>\n</html>\n"...)
}

// appendHTMLSource appends the <li> of s in the list of sources.
func appendHTMLSource(b []byte, s *htmlSource) []byte {
	b = append(b, "\n<li id=\""...)
	b = appendHTMLText(b, s.Anchor)
	b = append(b, "\">"...)
	if s.URL != "" {
		b = append(b, "<a href=\""...)
		b = appendHTMLURL(b, s.URL)
		b = append(b, "\"><cite>"...)
		b = appendHTMLText(b, s.Name)
		b = append(b, "</cite></a>"...)
	} else {
		b = append(b, "<cite>"...)
		b = appendHTMLText(b, s.Name)
		b = append(b, "</cite>"...)
	}
	if s.Published != "" {
		b = append(b, ", published "...)
		b = appendHTMLText(b, s.Published)
	}
	if s.Details != "" {
		b = append(b, "<br><span class=\"source-details\">"...)
		b = appendHTMLText(b, s.Details)
		b = append(b, "</span>"...)
	}
	return append(b, "</li>"...)
}
