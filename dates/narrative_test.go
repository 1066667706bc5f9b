package dates

import (
	"testing"
	"time"
)

// TestNarrativeAnchors checks how a narrative reads dates without a year
// against the dates told before them.
func TestNarrativeAnchors(t *testing.T) {
	anchor := time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC) // a download date, not a publication date
	tests := []struct {
		text, phrase, want string
	}{
		// A month after a year named on its own lies in that year.
		{"In 1940, the navy grew. In September, the United States agreed to a trade.", "September", "1940-09"},
		{"The war spread in 1941. By early December, reserves had arrived.", "early December", "1941-12"},
		// After a day, the nearest occurrence around it.
		{"The siege began on October 5, 1918. In November, the armistice came.", "November", "1918-11"},
		{"The army crossed the river in 1777. Later that year, it went into winter quarters.", "Later that year", "1777"},
		// A year far from the story's, inside a sentence, is an aside: the
		// story stays where it was; at the start of a sentence it moves on.
		{"The offensive began in 1920. It was the largest cavalry battle since 1813. On August 31, the siege ended.", "August 31", "1920-08-31"},
		{"The offensive began in 1920. In 1813, a similar battle was fought. On August 31, the siege ended.", "August 31", "1813-08-31"},
		{"The offensive began in 1920. It lasted into 1921. On August 31, the siege ended.", "August 31", "1921-08-31"},
		// A year after "since" looks back, however near: the story stays.
		{"In 492 BC Mardonius subdued Thrace, a Persian province since 513 BC. The following year, Darius sent envoys.", "The following year", "BC0491"},
		{"The regiment fought in 1920, as it had since 1905. In September, the siege ended.", "September", "1920-09"},
		// Before the common era too, counting back.
		{"In 492 BC, Mardonius led the campaign. The following year, Darius sent ambassadors.", "The following year", "BC0491"},
		{"In 480 BC, Xerxes crossed into Europe. In September, the fleet met at Salamis.", "September", "BC0480-09"},
		{"The army gathered in 481 BC. It passed the summer at Sardis.", "the summer", "BC0481-SU"},
		{"In 490 BC the Persians landed. Three years later, Darius died.", "Three years later", "BC0487"},
		{"The Second Invasion (480-479 BC) followed.", "480", "BC0480"},
		{"In 264 BC the war began. In 1940, a historian wrote of it.", "1940", "1940"},
	}
	for _, tt := range tests {
		var got string
		for _, m := range New().TagDoc(tt.text, anchor, Narrative) {
			if m.Text == tt.phrase {
				got = m.Value.Value
			}
		}
		if got != tt.want {
			t.Errorf("%q: %q = %q, want %q", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// TestBeforeYear1 checks that only a phrase that names a year BC, or
// counts from one, resolves to a date before the year 1.
func TestBeforeYear1(t *testing.T) {
	year1 := time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)
	if ms := New().Tag("The talks ended last week.", year1); len(ms) != 0 {
		t.Errorf("last week, in a story of Jan. 1 of the year 1: got %+v, want none", ms)
	}
	ms := New().TagDoc("In 5 BC the town fell. Two years later, it was rebuilt.", year1, Narrative)
	if len(ms) != 2 || ms[1].Value.Value != "BC0003" {
		t.Errorf("two years after 5 BC: got %+v, want BC0003", ms)
	}
}

// TestFutureIsAfterPublication checks that a mention is expected (Future)
// when it lies after the publication date, whatever it counts from: a day
// after a date of the text, a time on a day named beside it.
func TestFutureIsAfterPublication(t *testing.T) {
	published := time.Date(2016, 8, 26, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text, phrase string
		doc          DocType
		future       bool
	}{
		{"The talks began on Aug. 1 and ended three days later.", "three days later", News, false},
		{"The talks began on Aug. 1 and ended three days later.", "Aug. 1", News, false},
		{"The US withdrew in May 2015. A year later, Iran objected.", "A year later", News, false},
		{"The truce is due to take effect on Monday. Officials will meet at 9 p.m.", "9 p.m.", News, true},
		{"The truce is due to take effect on Monday. Officials will meet at 9 p.m.", "Monday", News, true},
		{"The summit opens on Sept. 5. Two days later, the leaders leave.", "Two days later", News, true},
		{"Kerry met Lavrov today.", "today", News, false},
		{"In 1940, the navy grew. In September, the United States agreed to a trade.", "September", Narrative, false},
	}
	for _, tt := range tests {
		found := false
		for _, m := range New().TagDoc(tt.text, published, tt.doc) {
			if m.Text == tt.phrase {
				found = true
				if m.Value.Future != tt.future {
					t.Errorf("%q in %q: Future = %v, want %v (value %s)", tt.phrase, tt.text, m.Value.Future, tt.future, m.Value.Value)
				}
			}
		}
		if !found {
			t.Errorf("%q: no mention %q", tt.text, tt.phrase)
		}
	}
}
