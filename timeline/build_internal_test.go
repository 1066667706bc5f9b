package timeline

import "testing"

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
