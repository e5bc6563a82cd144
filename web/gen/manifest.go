package main

import (
	"encoding/json"

	"github.com/dilemma/cyberdilemma/web/i18n"
)

// ManifestName is the web app manifest's file name in the site.
const ManifestName = "manifest.webmanifest"

// Theme colours of the installed app: the page's accent for the title bar,
// the page's background for the splash screen.
const (
	ThemeColor      = "#0b57d0"
	BackgroundColor = "#fbfbfa"
)

// Icons are the app's PNG icons in assets/, drawn by WriteIcons.
var Icons = []Icon{
	{Src: "assets/icon-192.png", Size: 192, Purpose: "any"},
	{Src: "assets/icon-512.png", Size: 512, Purpose: "any"},
	{Src: "assets/icon-maskable-512.png", Size: 512, Purpose: "maskable"},
}

// Icon is one icon of the manifest.
type Icon struct {
	Src     string
	Size    int
	Purpose string // "any" or "maskable"
}

// Manifest returns the web app manifest in lang: the names and description
// from the catalog, the icons, the colours, and the site's root as its id,
// start URL and scope (relative to the manifest, which is at the root).
func Manifest(lang string) ([]byte, error) {
	type icon struct {
		Src     string `json:"src"`
		Sizes   string `json:"sizes"`
		Type    string `json:"type"`
		Purpose string `json:"purpose"`
	}
	m := struct {
		ID              string   `json:"id"`
		Name            string   `json:"name"`
		ShortName       string   `json:"short_name"`
		Description     string   `json:"description"`
		Lang            string   `json:"lang"`
		StartURL        string   `json:"start_url"`
		Scope           string   `json:"scope"`
		Display         string   `json:"display"`
		ThemeColor      string   `json:"theme_color"`
		BackgroundColor string   `json:"background_color"`
		Categories      []string `json:"categories"`
		Icons           []icon   `json:"icons"`
	}{
		ID:              "./",
		Name:            i18n.T(lang, "pwa.name"),
		ShortName:       i18n.T(lang, "pwa.short_name"),
		Description:     i18n.T(lang, "site.description"),
		Lang:            lang,
		StartURL:        "./",
		Scope:           "./",
		Display:         "standalone",
		ThemeColor:      ThemeColor,
		BackgroundColor: BackgroundColor,
		Categories:      []string{"education", "utilities"},
	}
	for _, ic := range Icons {
		sz := itoa(ic.Size)
		m.Icons = append(m.Icons, icon{Src: ic.Src, Sizes: sz + "x" + sz, Type: "image/png", Purpose: ic.Purpose})
	}
	b, err := json.MarshalIndent(m, "", "  ")
	return append(b, '\n'), err
}
