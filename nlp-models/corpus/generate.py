#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generates nlp-models/corpus/train.jsonl and eval.jsonl (deterministic, python3 stdlib only).

    python3 nlp-models/corpus/generate.py

Sentence cores come from scenarios.py (written for this project). Training uses the scenario phrases; the evaluation
split uses only the held-out "E" phrases plus wrappers, location shapes and mixed-intent shapes that training never
sees. Gold place labels are computed from the shipped gazetteer (nlp-models/gazetteer).
"""
import json, os, random, re, sys, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from scenarios import S  # noqa

GAZ = os.path.join(HERE, "..", "gazetteer")
NB = json.load(open(os.path.join(GAZ, "neighborhoods.json"), encoding="utf-8"))

TR_FOLD = str.maketrans("çğıöşüâîûÇĞİÖŞÜÂÎÛ", "cgiosuaiuCGIOSUAIU")

def lower_tr(s):
    return s.replace("İ", "i").replace("I", "ı").lower()

def upper_tr(s):
    return s.replace("i", "İ").replace("ı", "I").upper()

def key(s):
    s = re.sub(r"\(.*\)", "", s)
    return re.sub(r"[^a-z0-9]", "", lower_tr(s).translate(TR_FOLD))

COMMON = set("""yeni merkez carsi baris zafer guzel umut sevgi isik gunes guven doga tan ege ulus ugur yildiz cicek ozgur cagdas
karanfil sira cile kibar yali sahil istasyon emek koza pinar cinar ornek orta turan kurtulus hurriyet istiklal cumhuriyet ataturk
fatih inonu park liman cami kale tepe bahce gazi sehitler serdar orhan hilal yenice ovacik bozkoy yenikoy derekoy mevlana barbaros
sultaniye ertugrul aziziye gazipasa mithatpasa bahcelievler yenimahalle yenisehir esentepe kuyucak ortakoy camlik denizli seyhan
sariyer hatay menderes selcuk konak bayrakli kocatepe yesilova""".split())

DEPLOYMENTS = {
    "İzmir": dict(province="İzmir", scope=None, handles=["izmirbld", "IzmirBB", "izsu", "eshot", "BucaBelediye", "KarsiyakaBld", "BornovaBld"],
                  aliases=[("Şirinyer", "Buca"), ("Hatay", "Konak"), ("Basmane", "Konak"), ("Kemeraltı", "Konak"), ("Üçyol", "Konak"),
                           ("Eşrefpaşa", "Konak"), ("Küçükpark", "Bornova"), ("Ulukent", "Menemen"), ("Montrö", "Konak"), ("Karataş", "Konak"),
                           ("Forbes", "Bornova"), ("Pasaport", "Konak"), ("Kordon", "Konak"), ("Sarnıç", "Gaziemir")],
                  big=["Konak", "Karşıyaka", "Bornova", "Buca", "Çiğli", "Bayraklı", "Karabağlar", "Gaziemir", "Balçova", "Narlıdere", "Menemen",
                       "Torbalı", "Urla", "Çeşme", "Menderes", "Kemalpaşa", "Güzelbahçe", "Aliağa", "Bergama", "Ödemiş", "Tire", "Seferihisar"]),
    "Kocaeli": dict(province="Kocaeli", scope=None, handles=["kocaelibld", "izmitbld", "gebzebld", "ISU_Kocaeli", "ulasimpark"],
                    aliases=[("Hereke", "Körfez"), ("Seka", "İzmit"), ("Bekirpaşa", "İzmit"), ("Değirmendere", "Gölcük")],
                    big=["İzmit", "Gebze", "Darıca", "Körfez", "Gölcük", "Derince", "Kartepe", "Başiskele", "Çayırova", "Karamürsel", "Dilovası", "Kandıra"]),
    "Esenyurt": dict(province="İstanbul", scope="Esenyurt", handles=["esenyurtbld", "ibb", "iski", "EsenyurtCozum"],
                     aliases=[("Kıraç", "Esenyurt"), ("Haramidere", "Esenyurt")], big=["Esenyurt"]),
}

def build_places():
    for name, d in DEPLOYMENTS.items():
        rows = [r for r in NB if r["province"] == d["province"] and (d["scope"] is None or r["district"] == d["scope"])]
        by_key = {}
        for r in rows:
            by_key.setdefault(key(r["name"]), []).append(r)
        good = []
        for r in rows:
            k = key(r["name"])
            if k in COMMON or len(k) < 4 or re.search(r"[\d(.\-]", r["name"]) or len(r["name"].split()) > 3:
                continue
            if key(r["name"]) in {key(x) for x in d["big"]}:
                continue
            good.append(r)
        # prefer big-district mahalle (messages come mostly from the centre)
        d["nbs"] = [r for r in good if r["district"] in d["big"][:12] or d["scope"]] or good
        d["all_nbs"] = good
        d["by_key"] = by_key
        d["ambiguous"] = sorted({r["name"] for r in rows if len(by_key[key(r["name"])]) > 1 and len({x["district"] for x in by_key[key(r["name"])]}) > 1})
build_places()

def harmony(word, kind="loc"):
    w = lower_tr(word)
    vowels = [c for c in w if c in "aeıioöuü"]
    v = vowels[-1] if vowels else "a"
    back = v in "aıou"
    hard = w[-1] in "çfhkpsşt"
    if kind == "loc":
        return ("t" if hard else "d") + ("a" if back else "e")
    if kind == "abl":
        return ("t" if hard else "d") + ("an" if back else "en")
    if kind == "gen":
        base = {"a": "ın", "ı": "ın", "o": "un", "u": "un", "e": "in", "i": "in", "ö": "ün", "ü": "ün"}[v]
        return ("n" + base) if w[-1] in "aeıioöuü" else base
    return ""

def place_with_suffix(name, kind, apostrophe=True):
    return name + ("'" if apostrophe else "") + harmony(name, kind)

# ---------------- location phrases: (text, position, district_label, nb_label, nb_id) ----------------
def loc_phrase(rng, dep, split):
    d = DEPLOYMENTS[dep]
    scope = d["scope"]
    style = rng.random()
    nb = rng.choice(d["nbs"] if rng.random() < 0.8 else d["all_nbs"])
    dist = nb["district"]
    unique = len(d["by_key"][key(nb["name"])]) == 1
    s = f"{rng.randint(1, 2999)} {rng.choice(['sk.', 'sokak', 'sk', 'sok.', 'Sokak'])}"
    if split == "train":
        shapes = [
            (0.16, lambda: (place_with_suffix(nb["name"], "loc"), "pre", unique)),
            (0.10, lambda: (f"{nb['name']} {rng.choice(['mah.', 'mh.', 'mahallesi', 'Mah.', 'mh'])} {s}", "pre", unique)),
            (0.10, lambda: (f"{dist} {nb['name']} {rng.choice(['mahallesinde', 'mah.', 'mh'])}", "pre", True)),
            (0.08, lambda: (lower_tr(nb["name"]).replace(" ", rng.choice([" ", ""])) + harmony(nb["name"]), "pre", unique)),
            (0.08, lambda: (f"{place_with_suffix(dist, 'loc')} ", "pre", None)),
            (0.06, lambda: (f"Adres: {nb['name']} Mah. {s} No:{rng.randint(1, 90)} {dist}/{d['province']}", "post", True)),
            (0.06, lambda: ("#" + re.sub(r"\s", "", nb["name"]), "post", unique)),
            (0.06, lambda: ("ALIAS", "pre", None)),
            (0.05, lambda: ("AMBIG", "pre", None)),
            (0.25, lambda: ("", "none", None)),
        ]
    else:
        shapes = [
            (0.12, lambda: (f"{nb['name']} mahallemizde", "pre", unique)),
            (0.10, lambda: (f"({dist} / {nb['name']})", "post", True)),
            (0.08, lambda: (f"{nb['name']} {s} üzerinde", "pre", unique)),
            (0.08, lambda: (f"{place_with_suffix(nb['name'], 'abl')} yazıyorum,", "pre", unique)),
            (0.08, lambda: (lower_tr(nb["name"]).translate(TR_FOLD) + " mh " + dist.lower().translate(TR_FOLD), "post", True)),
            (0.08, lambda: (f"{dist} ilçesi {nb['name']} mahallesi", "post", True)),
            (0.07, lambda: (f"{place_with_suffix(dist, 'loc')} ", "pre", None)),
            (0.08, lambda: ("ALIAS", "pre", None)),
            (0.06, lambda: ("AMBIG", "pre", None)),
            (0.25, lambda: ("", "none", None)),
        ]
    r, acc = rng.random(), 0
    for p, f in shapes:
        acc += p
        if r < acc:
            text, pos, nb_ok = f()
            break
    else:
        text, pos, nb_ok = "", "none", None
    if text == "ALIAS":
        alias, adist = rng.choice(d["aliases"])
        form = rng.choice(["loc", "loc", "abl"]) if split == "train" else "loc"
        text = place_with_suffix(alias, form) if rng.random() < 0.7 else lower_tr(alias) + harmony(alias)
        if split != "train":
            text = rng.choice([text, f"{alias} tarafında", f"{alias} civarında"])
        return text, "pre", adist if not scope else scope, None, None, True
    if text == "AMBIG":
        amb = [a for a in d["ambiguous"] if key(a) in COMMON or True]
        name = rng.choice(amb) if amb else nb["name"]
        cands = d["by_key"][key(name)]
        text = f"{name} {rng.choice(['mahallesinde', 'mah.', 'Mahallesi'])}"
        if scope:
            cands = [c for c in cands if c["district"] == scope]
        # dominant-population rule of the matcher
        pops = sorted([c["population"] for c in cands], reverse=True)
        if len(cands) == 1:
            c = cands[0]
            return text, "pre", c["district"], c["name"], c["id"], False
        if pops and pops[0] >= 10000 and pops[0] >= 2.5 * sum(pops[1:]):
            c = max(cands, key=lambda x: x["population"])
            return text, "pre", c["district"], c["name"], c["id"], False
        dists = {c["district"] for c in cands}
        return text, "pre", (scope or (dists.pop() if len(dists) == 1 else None)), None, None, False
    if pos == "none":
        return "", "none", scope, None, None, False
    if nb_ok is None:  # district only
        return text.strip(), pos, scope or dist, None, None, False
    if nb_ok:
        return text, pos, nb["district"], nb["name"], nb["id"], False
    cands = d["by_key"][key(nb["name"])]
    pops = sorted([c["population"] for c in cands], reverse=True)
    if pops[0] >= 10000 and pops[0] >= 2.5 * sum(pops[1:]):
        c = max(cands, key=lambda x: x["population"])
        return text, pos, c["district"], c["name"], c["id"], False
    dists = {c["district"] for c in cands}
    return text, pos, scope or (dists.pop() if len(dists) == 1 else None), None, None, False

# ---------------- wrappers ----------------
OPEN_TRAIN = ["", "", "", "", "Merhaba,", "Merhabalar", "Sayın yetkililer,", "@{h}", "@{h}", "@{h} @{h2}", "Başkanım,", "Slm", "İyi günler,",
              "Sayın belediye,", "Arkadaşlar", "Selamlar", "Kime yazacağımı bilemedim,", "Yetkililere duyurulur:", "@{h} merhaba"]
OPEN_EVAL = ["", "", "", "Mrb", "Değerli belediyemiz,", "@{h} dikkatinize!", "Hayırlı günler,", "Ey belediye", "Merhaba @{h}", "Kolay gelsin,", "Sn. yetkili"]
CLOSE_TRAIN = {
    "COMPLAINT": ["", "", "", "lütfen ilgilenin", "rezalet!", "artık yeter", "😡", "😡😡", "kimse ilgilenmiyor", "muhatap bulamıyoruz", "bu ne hizmet", "yazık",
                  "şimdiden teşekkürler", "#{city}", "👎", "ayıp ya", "!!!", "vergi veriyoruz boşuna mı", "@{h}", "acil çözüm bekliyoruz", "ne zaman düzelecek?"],
    "REQUEST": ["", "", "", "teşekkürler", "şimdiden teşekkürler", "yardımcı olursanız sevinirim", "🙏", "bilgi verirseniz sevinirim", "saygılarımla", "rica ederim",
                "#{city}", "@{h}", "iyi çalışmalar", "dönüş bekliyorum"],
    "SUPPORT": ["", "", "👏👏", "🙏", "❤️", "iyi ki varsınız", "emeğinize sağlık", "#{city}", "tebrikler", "👍", "sağ olun", "çok teşekkürler", "@{h}"],
}
CLOSE_EVAL = {
    "COMPLAINT": ["", "", "yazıklar olsun", "🤬", "bıktık artık!!", "sesimizi duyan yok mu", "🙄", "ilgilenecek biri yok mu?", "@{h} cevap verin"],
    "REQUEST": ["", "", "iyi mesailer", "🙂", "sevgiler", "teşekkür ederim", "bilgilerinize sunarım", "cevabınızı bekliyorum"],
    "SUPPORT": ["", "", "💐", "çok mutlu olduk", "👏", "sizi seviyoruz", "🙏🙏"],
}
PRAISE_THEN = ["teşekkürler ama", "ekiplere teşekkürler fakat", "ilginiz için sağ olun ama", "emeğinize sağlık ancak", "Belediyeye teşekkürler lakin",
               "sağ olun geldiniz ama", "çok teşekkürler yalnız", "ilginize teşekkür ederim fakat", "helal olsun dedik ama", "geçen ay çok hızlıydınız ama bu sefer",
               "ekibe teşekkürler ancak"]
# training only: thanks/praise first, then a request (the request is the intent -> REQUEST)
PRAISE_THEN_REQUEST = ["teşekkürler, bir de", "sağ olun, ayrıca", "emeğinize sağlık, rica etsem", "ilginiz için teşekkürler; son olarak", "çok güzel olmuş, bir ricamız var:",
                       "tşk ederiz, bir şey daha:"]
PRAISE_THEN_EVAL = ["geçen sefer hızlı geldiniz, sağ olun; ne var ki", "çok uğraşıyorsunuz biliyorum ama"]
# round 4 (TRAINING only): more openers/closers, rhetorical-question complaints, polite/elderly/chat styles
OPEN_R4 = ["Sayın yetkili", "Değerli yetkililer,", "mrb kolay gelsin", "Merhabalar iyi akşamlar", "Hayırlı akşamlar,", "Abi bi bakın", "Kardeşim", "Yahu",
           "Başkan bey", "Evladım,", "Kızım bak", "Sevgili belediyem", "Ya arkadaş", "@{h} @{h2} @{h}", "Bismillah,", "slm arkadaşlar", "Alo belediye",
           "İyi akşamlar yetkililer", "Sayın Başkanım,", "nbr"]
CLOSE_R4 = {
    "COMPLAINT": ["kimse bakmıyor mu?", "bu ne biçim iş?", "ne zaman çözülecek bu?", "el atın artık", "hemen halledin", "yeter ya", "🤬🤬", "😤", "😠", "#rezalet",
                  "#isyan", "#{city} #belediye", "utanın", "bir açıklama bekliyoruz", "yazık günah", "Allah aşkına bir bakın", "ayıptır", "şimdiden teşekkür ederim",
                  "muhatap yok mu?", "bize bakan yok", "😡😡😡", "kolay gelsin ama bu böyle olmaz", "saygılarımla"],
    "REQUEST": ["kolay gelsin", "iyi çalışmalar dilerim", "saygılarımla arz ederim", "Allah razı olsun", "ilginize teşekkürler", "bilgi rica ediyorum", "😊", "🙏🙏",
                "şimdiden çok teşekkür ederim", "#{city}", "yardımcı olur musunuz?", "dönüş yaparsanız sevinirim", "teşekkürler iyi günler", "sağ olun", "hayırlı işler",
                "tşkler", "rica etsem", "❤️"],
    "SUPPORT": ["😍", "🌸", "💪", "👏👏👏", "helal olsun", "bravo size", "Allah razı olsun", "#{city} #teşekkürler", "iyi ki varsınız ❤️", "sağolun varolun", "🙏❤️",
                "tebrik ederim", "eksik olmayın"],
}
PRAISE_THEN_R4 = ["sağolun da", "eyvallah ama", "geldiniz baktınız tamam da", "ellerinize sağlık fakat hâlâ", "teşekkür ederim lakin", "çok memnunduk ama son zamanlarda",
                  "ilginize teşekkürler ancak", "Allah razı olsun ama", "tamam güzel de", "tşk ama", "sağ olun, yalnız"]
SLANG = ["ya", "yaa", "valla", "yahu", "be", "abi", "ya hu", "cidden", "harbiden", "ya la"]
EMOJI = {"COMPLAINT": ["😡", "🤬", "😤", "🙄", "😭", "👎", "💩", "😒"], "REQUEST": ["🙏", "😊", "🙂", "🤔", "❓"], "SUPPORT": ["👏", "❤️", "😍", "🙏", "💐", "🌸", "👍"]}

def style_r4(rng, text, cat):
    """Chat/elderly/angry surface styles of one message body (training only; never touches the place phrase)."""
    r = rng.random()
    if r < 0.10:  # elongated letters: "yaaa", "çoook"
        words = text.split(" ")
        j = rng.randrange(len(words))
        w = words[j]
        vs = [k for k, c in enumerate(w) if c in "aeıioöuü"]
        if vs and w.isalpha():
            k = rng.choice(vs)
            words[j] = w[:k + 1] + w[k] * rng.randint(1, 3) + w[k + 1:]
        text = " ".join(words)
    elif r < 0.20:  # WhatsApp-style line breaks
        text = re.sub(r",\s*", "\n", text)
    elif r < 0.30:  # slang particle
        text = (rng.choice(SLANG) + " " + text) if rng.random() < 0.5 else (text + " " + rng.choice(SLANG))
    elif r < 0.40:  # emoji inside the text
        words = text.split(" ")
        words.insert(rng.randrange(len(words) + 1), rng.choice(EMOJI[cat]) * rng.randint(1, 3))
        text = " ".join(words)
    elif r < 0.48:  # repeated punctuation
        text = text.rstrip(".!?") + ("!!!" if cat == "COMPLAINT" else "??" if cat == "REQUEST" else "!!")
    elif r < 0.54 and cat == "REQUEST" and not text.endswith("?"):
        text = text.rstrip(".") + "?"
    elif r < 0.60:  # elderly/formal: sentence case and full stops
        text = text[:1].upper() + text[1:]
        text = text if text.endswith((".", "?", "!")) else text + "."
    return text

TIMES = ["3 gündür", "2 gündür", "bir haftadır", "sabahtan beri", "dünden beri", "10 gündür", "iki haftadır", "saatlerdir", "4 gündür", "aylardır", "5 gündür", "dün akşamdan beri"]
CITY = {"İzmir": ["izmir", "İzmir", "izsu", "eshot", "Karşıyaka", "Bornova"], "Kocaeli": ["kocaeli", "izmit", "Gebze", "Kocaeli"], "Esenyurt": ["Esenyurt", "istanbul", "esenyurt"]}

REASON = {"FLOODING", "OPEN_MANHOLE", "STRUCTURAL_COLLAPSE", "FALLEN_TREE", "ANIMAL_INJURED", "PATIENT_TRANSPORT", "FUNERAL", "FIRE_RESCUE",
          "ROOF_DAMAGE", "ELECTRIC_HAZARD", "GAS_LEAK", "MEDICAL_EMERGENCY"}

def fill(rng, phrase):
    return (phrase.replace("{t}", rng.choice(TIMES)).replace("{n}", str(rng.choice([2, 5, 7, 12, 35, 202, 490, 515, 690, 981])))
            .replace("{s}", f"{rng.randint(1, 3000)} sk."))

def sub_handles(rng, s, dep):
    hs = DEPLOYMENTS[dep]["handles"]
    s = s.replace("{h}", rng.choice(hs), 1).replace("{h2}", rng.choice(hs)).replace("{h}", rng.choice(hs))
    return s.replace("{city}", rng.choice(CITY[dep]))

# ---------------- noise ----------------
ABBR = [("mahallesi", "mah."), ("mahallesinde", "mh."), ("sokak", "sk."), ("caddesi", "cad."), ("lütfen", "ltf"), ("bir", "bi"),
        ("değil", "diil"), ("teşekkürler", "tşk"), ("teşekkür ederiz", "tşk ederiz"), ("gündür", "gündr"), ("yok", "yokk"), ("ne zaman", "ne zmn"),
        ("merhaba", "mrb"), ("selam", "slm"), ("şimdiden", "şimdiden"), ("belediye", "bld"), ("çok", "cok"), ("hiç", "hic")]

def typo(rng, w):
    if len(w) < 5 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        return w[:i] + w[i + 1:]
    if op < 0.7:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w[:i] + w[i] + w[i:]

def case_noise(text, flags):
    fold, low, up = flags
    if fold:
        text = text.translate(TR_FOLD)
    if low:
        text = lower_tr(text)
    elif up:
        text = upper_tr(text)
    return text

def noisy(rng, text, level):
    """Typos, abbreviations, punctuation loss: never applied to the place name (its gold label must stay valid)."""
    if rng.random() < 0.3 * level:
        for a, b in rng.sample(ABBR, 4):
            text = re.sub(r"\b" + re.escape(a) + r"\b", b, text)
    if rng.random() < 0.3 * level:
        words = text.split(" ")
        for _ in range(rng.randint(1, 2)):
            j = rng.randrange(len(words))
            words[j] = typo(rng, words[j])
        text = " ".join(words)
    if rng.random() < 0.25 * level:
        text = re.sub(r"[.,;]", "", text)
    if rng.random() < 0.08:
        text = text.replace("'", "’")
    return re.sub(r"\s+", " ", text).strip()

def compose(rng, split, dep, scen, cat, phrase, mixed=False):
    loc, pos, dist, nb, nbid, via_alias = loc_phrase(rng, dep, split)
    body = fill(rng, phrase)
    r4 = split == "train" and ROUND4
    opens = OPEN_TRAIN + OPEN_R4 if r4 else OPEN_TRAIN if split == "train" else OPEN_EVAL
    closes = CLOSE_TRAIN[cat] + CLOSE_R4[cat] if r4 else (CLOSE_TRAIN if split == "train" else CLOSE_EVAL)[cat]
    if mixed and cat == "REQUEST":
        body = rng.choice(PRAISE_THEN_REQUEST) + " " + body
    elif mixed:
        body = rng.choice((PRAISE_THEN + PRAISE_THEN_R4) if r4 else PRAISE_THEN if split == "train" else PRAISE_THEN_EVAL) + " " + body
    if r4:
        body = style_r4(rng, body, cat)
    level = 1.0 if split == "train" else 0.9
    flags = (rng.random() < 0.35 * level, rng.random() < 0.45 * level, rng.random() < (0.07 if r4 else 0.04))
    def nz(t):
        return case_noise(noisy(rng, sub_handles(rng, t, dep), level), flags) if t else ""
    parts = [nz(rng.choice(opens))]
    loc = case_noise(loc, flags)
    if pos == "pre":
        parts += [loc, nz(body)]
    elif pos == "post":
        parts += [nz(body) + ("." if rng.random() < 0.5 else ""), loc]
    else:
        parts += [nz(body)]
    parts.append(nz(rng.choice(closes)))
    text = re.sub(r"\s+", " ", " ".join(p for p in parts if p)).strip()
    d = DEPLOYMENTS[dep]
    return dict(text=text, category=cat, urgent=scen["urgent"] is not None, urgency_reason=scen["urgent"], out_of_scope=scen["oos"],
                department=scen["dept"], province=d["province"], scope_district=d["scope"], district=dist, neighborhood=nb, neighborhood_id=nbid,
                colloquial_place=via_alias)

def pick_dep(rng):
    r = rng.random()
    return "İzmir" if r < 0.55 else ("Kocaeli" if r < 0.8 else "Esenyurt")

def support_then_request(rng, split, dep):
    # "thanks for X; also could you do Y" -> REQUEST
    sc_ = rng.choice([s for s in S if "REQUEST" in s["phr"] and s["urgent"] is None and s["oos"] is None])
    ph = rng.choice(sc_["phr"]["REQUEST"])
    lead = rng.choice(["Geçen haftaki ilginiz için teşekkürler, bir de", "Ekiplere teşekkürler, ayrıca", "Sağ olun, bir sorum var:"]) if split == "train" \
        else rng.choice(["Her şey için eyvallah, şunu da sorayım:"])
    r = compose(rng, split, dep, sc_, "REQUEST", ph)
    r["text"] = lead + " " + r["text"]
    r["core"] = "str:" + ph
    return r

ASK_AFTER_PROBLEM = ["bakabilir misiniz", "ilgilenebilir misiniz acaba", "düzeltilmesini talep ediyoruz", "yardımcı olabilir misiniz",
                     "bir el atabilir misiniz rica etsem", "bunun için kime başvurmalıyız", "giderilmesini rica ederiz", "bir bakılmasını istiyorum"]


def problem_then_request(rng, dep):
    """Training only: a fault described, then an explicit polite ask (-ebilir misiniz / rica / talep) -> REQUEST."""
    sc_ = rng.choice([s for s in S if "COMPLAINT" in s["phr"] and "REQUEST" in s["phr"] and s["urgent"] is None and s["oos"] is None])
    ph = rng.choice(sc_["phr"]["COMPLAINT"])
    r = compose(rng, "train", dep, sc_, "REQUEST", ph.rstrip("?!. ") + ", " + rng.choice(ASK_AFTER_PROBLEM))
    r["core"] = "ptr:" + ph
    return r


ROUND4 = True  # round-4 training styles (style_r4, OPEN_R4/CLOSE_R4/PRAISE_THEN_R4); the eval split is unaffected
ROUND2 = True  # round-2 training mix (more mixed-intent shapes); the eval split is generated exactly as in round 1


def generate(split, n_target, seed):
    rng = random.Random(seed)
    out = []
    items = []  # (scenario, cat, phrase)
    for s in S:
        for cat, phrases in s["phr"].items():
            if cat == "E":
                if split == "eval":
                    items += [(s, c, p) for c, p in phrases]
            elif split == "train":
                items += [(s, cat, p) for p in phrases]
    # repeat each core with different wrappers until the target size
    reps = max(1, n_target // len(items) + 1)
    for core, (s, cat, p) in enumerate(items):
        for _ in range(reps):
            dep = pick_dep(rng)
            if split == "train" and ROUND2:
                mixed = (cat == "COMPLAINT" and rng.random() < 0.15) or (cat == "REQUEST" and rng.random() < 0.08)
            else:
                mixed = cat == "COMPLAINT" and rng.random() < 0.10
            r = compose(rng, split, dep, s, cat, p, mixed)
            r["core"] = str(core)
            out.append(r)
    for _ in range(n_target // 30):
        out.append(support_then_request(rng, split, pick_dep(rng)))
    if split == "train" and ROUND4:
        for _ in range(n_target // 50):
            out.append(problem_then_request(rng, pick_dep(rng)))
    rng.shuffle(out)
    out = out[:n_target]
    for i, r in enumerate(out):
        r["id"] = f"{split}-{i + 1:05d}"
    return out

def write(path, rows):
    cols = ["id", "text", "category", "urgent", "urgency_reason", "out_of_scope", "department", "province", "scope_district", "district",
            "neighborhood", "neighborhood_id", "colloquial_place"] + (["core"] if rows and "core" in rows[0] else [])
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps({c: r.get(c) for c in cols}, ensure_ascii=False) + "\n")

TRAIN_SIZE = 6000  # round 4 (4,400 in rounds 2-3)

if __name__ == "__main__":
    # The eval split is frozen (committed eval.jsonl, round 1); it is only (re)written with --write-eval.
    # Training rows whose text occurs in any eval file are dropped, so nothing held out is ever trained on.
    train = generate("train", TRAIN_SIZE, 20240501)
    ev_path = os.path.join(HERE, "eval.jsonl")
    if "--write-eval" in sys.argv or not os.path.exists(ev_path):
        ev = generate("eval", 480, 777)
        write(ev_path, ev)
    held = set()
    for name in ("eval.jsonl", "eval-independent.jsonl", "eval-fresh.jsonl"):
        pth = os.path.join(HERE, name)
        if os.path.exists(pth):
            held |= {json.loads(l)["text"] for l in open(pth, encoding="utf-8") if l.strip()}
    train = [r for r in train if r["text"] not in held]
    for i, r in enumerate(train):
        r["id"] = f"train-{i + 1:05d}"
    write(os.path.join(HERE, "train.jsonl"), train)
    print("train", len(train), "(eval files untouched)")
