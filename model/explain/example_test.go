package explain_test

import (
	"fmt"

	"github.com/dilemma/cyberdilemma/model"
	"github.com/dilemma/cyberdilemma/model/explain"
)

// The paper's 2018 baseline, explained in English: "not in a
// high-intensity security dilemma, but there is still a problem of security
// dilemma".
func ExampleExplain() {
	e := explain.Explain(explain.En, model.Default())
	fmt.Println(e.Summary)
	fmt.Println(e.World)
	fmt.Println(e.Driver.Input, explain.Signed(explain.En, e.Driver.Effect, 3))
	fmt.Println(e.Driver.Text)
	fmt.Println(e.Containment)
	fmt.Println(e.Quotes[0].Text)
	// Output:
	// Aggression possible, intensity 0.21 (low): the race is contained.
	// Offense has the advantage: the United States, on the offensive, holds 82% of the pair's cyber power (offense–defense balance +0.63). Intentions can be told apart (distinguishability 0.68 ≥ 0.5), mainly thanks to dialogue (0.60), which settles misunderstandings after a crisis, rather than attribution (0.20).
	// dialogue +0.107
	// Dialogue drives the intensity most right now: lowering it from 0.60 to 0.50 would take the intensity from 0.21 to 0.32 (+0.11).
	// The race is contained: restraint outweighs reaction (stability margin 0.73), so the spiral converges on an equilibrium of 0.34 for the United States and 0.45 for China, in capability added above the starting level.
	// Based on the above judgment conditions and the Robert Jervis classification model, China and the United States are not in a high-intensity security dilemma, but there is still a problem of security dilemma.
}

// The same baseline in Simplified Chinese, with the paper's sentence in
// Chinese and its English original.
func ExampleExplain_zhCN() {
	lang, _ := explain.ParseLang("zh-CN")
	e := explain.Explain(lang, model.Default())
	fmt.Println(e.Summary)
	fmt.Println(e.World)
	fmt.Println(e.Driver.Text)
	fmt.Println(e.Containment)
	fmt.Println(e.Posen)
	fmt.Println(e.Quotes[0].Text)
	fmt.Println(e.Quotes[0].English)
	// Output:
	// 可能发生侵略，强度0.21（低）：竞赛得到控制。
	// 进攻占优势：处于进攻态势的美国掌握双方网络力量的82%（进攻-防御平衡为+0.63）。双方意图可以区分（可区分性0.68 ≥ 0.5），这主要得益于在危机之后化解误解的对话（0.60），而非归因（0.20）。
	// 当前对强度影响最大的是对话：将其从0.60降低到0.50，强度将从0.21变为0.32（+0.11）。
	// 竞赛得到控制：克制大于反应（稳定裕度0.73），螺旋收敛于均衡点，美国为0.34，中国为0.45（以相对起点新增的能力计）。
	// 波森的三个条件中满足3个（无法评估对方意图；将霸权意识投射到网络空间；以意识形态为安全工具）。
	// 根据上述判断条件和罗伯特·杰维斯的分类模型，中美两国并未处于高强度的安全困境，但仍然存在安全困境问题。
	// Based on the above judgment conditions and the Robert Jervis classification model, China and the United States are not in a high-intensity security dilemma, but there is still a problem of security dilemma.
}

// A lever of the paper's section 5 applied to the baseline.
func ExampleLever_Effect() {
	lv, _ := explain.LeverByID("domain")
	o := lv.Effect(explain.En, model.Default())
	fmt.Println(o.Text)
	fmt.Printf("%.3f → %.3f\n", o.Before.Intensity, o.After.Intensity)
	// Output:
	// State management of its own domain (Attribution confidence 0.20 → 0.25, Dialogue 0.60 → 0.70): intensity −0.11, low → none.
	// 0.215 → 0.109
}

func ExampleMessage() {
	_, err := model.Parse("tech=1.5", model.Options{})
	pe := err.(*model.ParamError)
	fmt.Println(explain.Message(explain.En, pe))
	fmt.Println(explain.Message(explain.ZhCN, pe))
	fmt.Println(explain.Message(explain.ZhTW, pe))
	// Output:
	// tech must be a number in [0, 1]; got "1.5"
	// tech（美国技术份额）必须是[0, 1]范围内的数字，收到的是“1.5”
	// tech（美國技術占比）必須是[0, 1]範圍內的數字，收到的是「1.5」
}
