package timeline

import (
	"testing"

	"github.com/timelinehq/timeline/internal/kind"
)

func TestTitlePlace(t *testing.T) {
	tests := []struct{ title, place, want string }{
		{"Syrian army declares truce over; aid convoy hit near Aleppo", "Aleppo", ""},
		{"Truce holds in Aleppo; aid convoys wait at the border", "Aleppo", "Aleppo"},
		{"Kerry, Lavrov kick off Syria talks in Geneva", "Geneva", "Geneva"},
		{"Talks resume; Aleppo quiet in Aleppo's east", "Aleppo", ""},
		{"Talks resume; convoy hit", "", ""},
	}
	for _, tt := range tests {
		if got := titlePlace(tt.title, tt.place); got != tt.want {
			t.Errorf("titlePlace(%q, %q) = %q, want %q", tt.title, tt.place, got, tt.want)
		}
	}
}

// TestHeadlineFills checks when a title's kind is its lead's.
func TestHeadlineFills(t *testing.T) {
	tests := []struct {
		title, lead string
		want        bool
	}{
		{"Russia and Turkey agree Syria truce", "Officials gave details.", true},
		{"Russia and Turkey agree Syria truce", "Kerry said the sides would sign it.", true},
		{"Kerry, Lavrov kick off Syria talks", "Kerry and Lavrov met in Geneva.", true}, // a meeting
		{"Israel and Hamas agree ceasefire", "Talks in Doha ended.", true},
		{"Israel strikes Iran as talks stall", "Israel launched airstrikes on Iran.", false},
		{"Israel strikes Hezbollah targets as ceasefire talks drag on", "Israeli warplanes pounded Beirut.", false},
		{"Man charged over killing", "Prosecutors charged him with murder.", false}, // as strong: the lead's
		{"Kerry says talks useful", "Rebels attacked the town.", false},             // a statement fills nothing
		{"Weather fine in Geneva", "Officials gave details.", false},
		// A headline of two clauses leads with the first.
		{"Talks collapse; rebels shell city", "Peace talks collapsed in Doha on Monday, mediators said.", false},
		{"Talks collapse; rebels shell city", "Officials gave details.", true},
		{"Chaos in Goma; rebels shell city", "Officials gave details.", true}, // the first has no kind
		// A lead whose own event CAMEO has no code for keeps it (kinds9).
		{"Senate approves debt deal", "The Senate voted 63 to 36 to pass the bill.", false},
		{"Jury convicts Delaney of fraud", "Delaney pleaded not guilty in March.", false},
		{"Jury convicts Delaney of fraud", "Jurors deliberated for three days.", true},
	}
	for _, tt := range tests {
		tm, lm := kind.ExplainHeadline(tt.title, kind.VenueAway), kind.Explain(tt.lead, kind.VenueAway)
		if got := headlineFills(tt.title, tm, lm); got != tt.want {
			t.Errorf("headlineFills(%q, %q) = %v, want %v", tt.title, tt.lead, got, tt.want)
		}
	}
}
