package dates

import (
	"strings"
	"testing"
)

// TestHabitWordsEnding holds data/habit_words.txt to the shape habitBefore
// relies on: it looks a word up only when it ends in "y" or "s".
func TestHabitWordsEnding(t *testing.T) {
	for w := range habitWords() {
		if !strings.HasSuffix(w, "y") && !strings.HasSuffix(w, "s") {
			t.Errorf("habit word %q ends in neither y nor s: habitBefore would never find it", w)
		}
	}
	if len(habitWords()) == 0 {
		t.Error("no habit words")
	}
}
