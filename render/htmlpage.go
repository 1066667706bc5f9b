package render

// appendHTMLPage appends p as a whole page: byte for byte what the page
// template (assets/timeline.html.tmpl) writes, escaped as html/template
// escapes each of its actions, without the template's reflection (a tenth of
// the instructions of an HTML build went to it, mostly on the list of
// sources). The template stays the reference: keep the two in step
// (TestHTMLPageOracle, FuzzFormats's pages).
func appendHTMLPage(b []byte, p *htmlPage) []byte {
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
	b = append(b, "</p>\n</header>\n<main id=\"timeline\" tabindex=\"-1\">"...)
	for _, y := range p.Years {
		b = appendHTMLYear(b, y)
	}
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

// appendHTMLYear appends the <section> of y, its months and their events.
func appendHTMLYear(b []byte, y *htmlYear) []byte {
	b = append(b, "\n<section class=\"year\">\n<h2>"...)
	b = appendHTMLText(b, y.Heading)
	b = append(b, "</h2>"...)
	for _, m := range y.Months {
		b = append(b, "\n<section class=\"month\">"...)
		if m.Heading != "" {
			b = append(b, "\n<h3>"...)
			b = appendHTMLText(b, m.Heading)
			b = append(b, "</h3>"...)
		}
		b = append(b, "\n<ol class=\"events\">"...)
		for _, h := range m.items {
			b = append(b, h...)
		}
		b = append(b, "\n</ol>\n</section>"...)
	}
	return append(b, "\n</section>"...)
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
