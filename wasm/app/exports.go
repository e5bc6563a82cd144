//go:build js && wasm

package main

import (
	"syscall/js"
	"time"

	"honnef.co/go/js/dom/v2"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/web/export"
	"github.com/dilemma/cyberdilemma/web/i18n"
	"github.com/dilemma/cyberdilemma/web/view"
)

// exporter is the "Share and export" part of the calculator page: the
// downloads (PNG, JSON, CSV) and the embed snippet's copy button. Every file
// is made in the browser, so that the downloads work offline.
type exporter struct {
	png, json, csv, copyEmbed *dom.HTMLButtonElement // nil on the embed
	embedCode                 js.Value               // the snippet's <textarea>
	status, embedStatus       *written[string]
	statusDone, embedDone     *timer
}

// bindExporter finds the buttons and the status lines (page: required on
// the calculator, optional in the embed).
func bindExporter(page lookup) exporter {
	e := exporter{
		png: page.button("download-png"), json: page.button("download-json"), csv: page.button("download-csv"),
		copyEmbed: page.button("copy-embed"), embedCode: page.byID("embed-code"),
		status: newText(page.byID("export-status")), embedStatus: newText(page.byID("embed-status")),
	}
	e.statusDone = newTimer(func() { e.status.set("") })
	e.embedDone = newTimer(func() { e.embedStatus.set("") })
	return e
}

// bind adds the buttons' listeners.
func (e *exporter) bind(a *app) {
	onClick(e.png, func() { e.savePNG(a) })
	onClick(e.json, func() {
		b, err := export.JSON(a.state.Inputs, export.Steps)
		if err == nil && a.state.Uncertain() {
			// The Monte Carlo's answer, as /api/v1/uncertainty gives it for
			// this link: the page's own result if it is for this state.
			u := a.uncertainty
			var res model.Uncertainty
			if u != nil {
				res = u.result
			}
			if u == nil || u.resultOf == "" || u.resultOf != u.key(a.state) {
				res = model.MonteCarlo(a.state.Inputs, a.state.Ranges(), a.state.MCSamples(), a.state.MCSeed(), nil)
			}
			b = export.WithUncertainty(b, res)
		}
		if err == nil && a.state.Compare {
			b, err = export.WithCompare(b, a.state.Inputs, a.state.B, export.Steps)
		}
		e.saveBytes(a, b, err, "application/json", view.FileName(a.state, "json"))
	})
	onClick(e.csv, func() {
		b, err := export.CSV(a.state.Inputs, export.Steps)
		if a.state.Compare {
			b, err = export.CompareCSV(a.state.Inputs, a.state.BState().Inputs, export.Steps)
		}
		e.saveBytes(a, b, err, "text/csv", view.FileName(a.state, "csv"))
	})
	onClick(e.copyEmbed, func() {
		a.fragment.stop()
		a.writeFragment()
		a.copyText(e.embedCode.Get("value").String(), e.embedCode, e.embedStatus, e.embedDone, "embed.copied", "embed.manual")
	})
}

// enable turns the buttons on once the program can answer them.
func (e *exporter) enable() { enable(e.png, e.json, e.csv, e.copyEmbed) }

// tell shows a status sentence under the buttons for a while.
func (e *exporter) tell(s string) {
	e.status.set(s)
	e.statusDone.after(copyStatusFor)
}

func (e *exporter) saveBytes(a *app, b []byte, err error, mime, name string) {
	if err != nil {
		e.tell(i18n.T(a.state.Lang, "export.failed"))
		return
	}
	arr := js.Global().Get("Uint8Array").New(len(b))
	js.CopyBytesToJS(arr, b)
	opts := js.Global().Get("Object").New()
	opts.Set("type", mime)
	e.saveBlob(a, js.Global().Get("Blob").New([]any{arr}, opts), name)
}

// saveBlob downloads blob as name and says so.
func (e *exporter) saveBlob(a *app, blob js.Value, name string) {
	download(a.doc, blob, name)
	e.tell(i18n.F(a.state.Lang, "export.saved", "file", name))
}

// download saves blob as a file called name, through an object URL
// released once the download has surely started.
func download(doc, blob js.Value, name string) {
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	link := doc.Call("createElement", "a")
	link.Set("href", url)
	link.Set("download", name)
	link.Call("click")
	var revoke js.Func
	revoke = js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	js.Global().Call("setTimeout", revoke, (30 * time.Second).Milliseconds())
}
