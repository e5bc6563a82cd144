//go:build !js

package e2e

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"image"
	"image/png"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/figure"
	"github.com/dilemma/cyberdilemma/web/view"
)

// download clicks a button and returns the file the browser saved as name.
func (tb *tab) download(dir, button, name string) []byte {
	tb.t.Helper()
	// Panels below the fold are laid out only near the viewport
	// (content-visibility: auto): bring the button there and let two frames
	// lay it out before the click aims at it.
	eval[chromedp.Void](tb, `document.querySelector(`+strconv.Quote(button)+`).scrollIntoView({block: "center"})`)
	tb.poll(`new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))`)
	tb.click(button)
	p := filepath.Join(dir, name)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if b, err := os.ReadFile(p); err == nil && len(b) > 0 {
			if _, err := os.Stat(p + ".crdownload"); os.IsNotExist(err) {
				return b
			}
		}
		if time.Now().After(deadline) {
			entries, _ := os.ReadDir(dir)
			tb.t.Fatalf("no download %s after clicking %s (folder: %v)", name, button, entries)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func getJSON(t *testing.T, url string) map[string]any {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var m map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&m); err != nil || resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d %v", url, resp.StatusCode, err)
	}
	return m
}

func TestDownloads(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	in := model.Inputs{Tech: 0.8, Discourse: 0.75, Attribution: 0.1, Dialogue: 0, US: model.Offense, China: model.Defense}
	q := in.Encode()
	tb.open("/#" + q)
	state := view.State{Inputs: in}

	// JSON: the API's assess answer plus the simulate race, field for field.
	var got map[string]any
	if err := json.Unmarshal(tb.download(dir, "#download-json", view.FileName(state, "json")), &got); err != nil {
		t.Fatalf("downloaded JSON: %v", err)
	}
	want := getJSON(t, baseURL+"/api/v1/assess?"+q)
	sim := getJSON(t, baseURL+"/api/v1/simulate?"+q+"&steps=60")
	for _, k := range []string{"steps", "converges", "settled_after", "trajectory", "spiral"} {
		want[k] = sim[k]
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("downloaded JSON differs from the API's assess + simulate")
	}
	tb.poll(`document.querySelector("#export-status").textContent.includes(".json")`)

	// CSV: a header and the 61 rounds of the race.
	rows, err := csv.NewReader(bytes.NewReader(tb.download(dir, "#download-csv", view.FileName(state, "csv")))).ReadAll()
	if err != nil {
		t.Fatalf("downloaded CSV: %v", err)
	}
	traj := sim["trajectory"].([]any)
	if len(rows) != len(traj)+1 || rows[0][0] != "round" || rows[0][1] != "us_level" {
		t.Fatalf("CSV: %d rows, header %v; want %d rounds", len(rows), rows[0], len(traj))
	}
	last := traj[len(traj)-1].(map[string]any)
	if us, _ := strconv.ParseFloat(rows[len(rows)-1][1], 64); us != last["us"].(float64) {
		t.Errorf("CSV last US level %v, API %v", us, last["us"])
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	if r := rows[1]; r[col["world"]] != want["world"] || r[col["tech"]] != "0.8" || r[col["band"]] != want["band"] {
		t.Errorf("CSV row 1 %v", r)
	}

	// PNG: 1200×630, the spiral's two colours drawn on it.
	img, err := png.Decode(bytes.NewReader(tb.download(dir, "#download-png", view.FileName(state, "png"))))
	if err != nil {
		t.Fatalf("downloaded PNG: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 630 {
		t.Errorf("PNG is %v, want 1200×630", b)
	}
	// In the light palette of web/figure, as og.png: the sides' colours,
	// the text's ink and the world's tint behind the spiral.
	pal := figure.PaletteFor(model.Assess(state.Inputs).World, false)
	us, cn, ink, tint := countColour(img, pal.US.R, pal.US.G, pal.US.B), countColour(img, pal.China.R, pal.China.G, pal.China.B),
		countColour(img, pal.Text.R, pal.Text.G, pal.Text.B), countColour(img, pal.Background.R, pal.Background.G, pal.Background.B)
	if us < 500 || cn < 500 || ink < 2000 || tint < 100000 {
		t.Errorf("PNG: %d US, %d China, %d ink, %d tint pixels in the palette's colours; want the spiral, the text and the panel", us, cn, ink, tint)
	}
}

// countColour counts the pixels within a small distance of a colour.
func countColour(img image.Image, r, g, b uint8) int {
	n := 0
	bd := img.Bounds()
	for y := bd.Min.Y; y < bd.Max.Y; y++ {
		for x := bd.Min.X; x < bd.Max.X; x++ {
			pr, pg, pb, _ := img.At(x, y).RGBA()
			d := abs(int(pr>>8)-int(r)) + abs(int(pg>>8)-int(g)) + abs(int(pb>>8)-int(b))
			if d < 24 {
				n++
			}
		}
	}
	return n
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func TestSocialMetadata(t *testing.T) {
	tb := newTab(t)
	for _, p := range []string{"/", "/embed.html"} {
		resp, err := http.Get(baseURL + p)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		html := string(b)
		for _, want := range []string{
			`<meta property="og:title" content="Cyber security dilemma calculator: Aggression possible, intensity 0.21 (low)">`,
			`<meta property="og:image" content="` + `/og.png?` + model.Default().Encode() + `">`,
			`<meta property="og:image:width" content="1200">`, `<meta property="og:image:height" content="630">`,
			`<meta name="twitter:card" content="summary_large_image">`,
			`<link rel="alternate" type="application/json+oembed" href="/oembed?url=`,
			`<link rel="manifest" href="manifest.webmanifest">`,
		} {
			want = strings.ReplaceAll(want, "&", "&amp;")
			if !strings.Contains(html, want) {
				t.Errorf("%s lacks %s", p, want)
			}
		}
	}
	// The app keeps them to the current state, with absolute URLs.
	in := model.Inputs{Tech: 0.3, Discourse: 0.5, Attribution: 0.2, Dialogue: 0.9, US: model.Offense, China: model.Defense}
	tb.open("/#" + in.Encode())
	img := baseURL + "/og.png?" + in.Encode()
	tb.poll(`document.querySelector('meta[property="og:image"]').content === "` + img + `"`)
	if tw := eval[string](tb, `document.querySelector('meta[name="twitter:image"]').content`); tw != img {
		t.Errorf("twitter:image %q, want %q", tw, img)
	}
	world := model.Assess(in).World.String()
	if title := eval[string](tb, `document.querySelector('meta[property="og:title"]').content`); !strings.Contains(title, eval[string](tb, `document.querySelector("#world").textContent`)) {
		t.Errorf("og:title %q does not name the world %s", title, world)
	}
	resp, err := http.Get(img)
	if err != nil || resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "image/png" {
		t.Errorf("GET og:image %s: %v %v", img, resp, err)
	}
	if resp != nil {
		resp.Body.Close()
	}
}

// The PNG download in English is /og.png's picture: the same state and
// link give the same pixels.
func TestDownloadIsTheSocialImage(t *testing.T) {
	tb := newTab(t)
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(tb.ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir}); err != nil {
		t.Fatal(err)
	}
	// Two single states, and A and B (compare=1), whose card draws both.
	bIn := model.Inputs{Tech: 0.5, Discourse: 0.5, Attribution: 0.9, Dialogue: 0.2, US: model.Defense, China: model.Offense}
	for _, st := range []view.State{
		{Inputs: model.Inputs{Tech: 0.8, Discourse: 0.75, Attribution: 0.1, Dialogue: 0, US: model.Offense, China: model.Defense}},
		{Inputs: model.Inputs{Tech: 0.3, Discourse: 0.6, Attribution: 0.25, Dialogue: 0.7, US: model.Offense, China: model.Defense, Version: 1}},
		{Inputs: model.Default(), Compare: true, B: bIn},
	} {
		q := st.Inputs.Encode()
		if st.Compare {
			q = view.CompareQuery(st.Inputs, st.B)
		}
		tb.open("/#" + q)
		got, err := png.Decode(bytes.NewReader(tb.download(dir, "#download-png", view.FileName(st, "png"))))
		if err != nil {
			t.Fatal(err)
		}
		resp, err := http.Get(baseURL + "/og.png?" + q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := png.Decode(resp.Body)
		resp.Body.Close()
		if err != nil {
			t.Fatal(err)
		}
		if got.Bounds() != want.Bounds() {
			t.Fatalf("%s: download %v, og.png %v", q, got.Bounds(), want.Bounds())
		}
		diff := pixelsDiffer(got, want)
		if diff != 0 {
			t.Errorf("%s: the download and og.png differ in %d pixels", q, diff)
		}
	}
}
