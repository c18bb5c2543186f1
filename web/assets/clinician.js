// The clinician workspace: a free-text note (with age, sex and the context that changes
// treatment) is assessed in clinician mode; the page shows the triage and its reasons, the
// differential as bars with percentages, the evidence marked in the note, the scores, the
// guidance for the leading condition, and the numbered sources.
'use strict';

(function () {
  const { el, clear, api, numberField, triageCard, showError, clearErrors, citedList, CitationList } = window.Sanus;

  const KEY_STORAGE = 'sanus-api-key';
  const form = document.getElementById('assess-form');
  const note = document.getElementById('note');
  const ageInput = document.getElementById('age');
  const sexInput = document.getElementById('sex');
  const keyInput = document.getElementById('api-key');
  const formError = document.getElementById('assess-error');
  const results = document.getElementById('results');

  // The key lives in this tab only (sessionStorage), never in a cookie or on disk.
  keyInput.value = sessionStorage.getItem(KEY_STORAGE) || '';
  keyInput.addEventListener('input', () => sessionStorage.setItem(KEY_STORAGE, keyInput.value));

  // Says what to fix; returns null, the "no request" of readForm.
  function fail(message, field) {
    showError(formError, message, field);
    return null;
  }

  function list(text) {
    return text.split(',').map((s) => s.trim()).filter(Boolean);
  }

  // The assess request and the guidance context from the form, or null after saying what to fix.
  function readForm() {
    if (note.value.trim() === '') return fail('Enter a clinical note to assess: symptoms, signs or vital signs.', note);
    const age = numberField(ageInput);
    if (age !== undefined && !(age >= 0 && age <= 130)) return fail('Age must be between 0 and 130 years.', ageInput);
    const assess = { text: note.value, mode: 'clinician' };
    const context = {};
    if (age !== undefined) assess.age = context.age = age;
    if (sexInput.value) assess.sex = context.sex = sexInput.value;
    const weight = numberField(document.getElementById('weight'));
    const egfr = numberField(document.getElementById('egfr'));
    if (weight !== undefined) context.weight_kg = weight;
    if (egfr !== undefined) context.egfr = egfr;
    context.pregnant = document.getElementById('pregnant').checked;
    context.breastfeeding = document.getElementById('breastfeeding').checked;
    context.liver_disease = document.getElementById('liver').checked;
    context.medicines = list(document.getElementById('medicines').value);
    context.allergies = list(document.getElementById('allergies').value);
    return { assess, context };
  }

  async function submit(event) {
    event.preventDefault();
    clearErrors(form, [formError]);
    const request = readForm();
    if (!request) return;
    const key = keyInput.value.trim();
    results.setAttribute('aria-busy', 'true');
    try {
      const assessment = await api('/v1/assess', request.assess, key);
      await render(request, assessment, key);
    } catch (e) {
      fail(e.status === 401 ? 'This server needs an API key: enter it above. (' + e.message + ')' : 'The note could not be assessed: ' + e.message + '.',
           e.status === 401 ? keyInput : note);
    } finally {
      results.setAttribute('aria-busy', 'false');
    }
  }

  async function render(request, a, key) {
    const citations = new CitationList();
    clear(results);
    const card = triageCard(a.triage, { reasons: true, citations });
    results.append(card);
    results.append(differentialSection(a.conditions, citations));
    results.append(evidenceSection(request.assess.text, a));
    // The triage first, before the slower guidance requests: an emergency is read at once.
    card.querySelector('h2').focus();
    const guided = [];
    for (const { condition, why } of guidedConditions(a)) {
      guided.push({ condition, why, guidance: await fetchGuidance(condition.id, request.context, key) });
    }
    results.append(await scoresSection(a, guided.map((g) => g.guidance), key));
    guided.forEach((g, i) => results.append(guidanceSection(g, i, citations)));
    results.append(citations.render('References'));
  }

  // The leading condition, and then a less likely one that sets the triage level (a
  // must-not-miss condition ranked lower): its management matters as much.
  function guidedConditions(a) {
    const out = [];
    if (a.conditions.length) out.push({ condition: a.conditions[0], why: 'leading condition' });
    for (const reason of a.triage.reasons) {
      const id = reason.rule.startsWith('condition:') ? reason.rule.slice('condition:'.length) : null;
      const condition = a.conditions.find((c) => c.id === id);
      if (condition && !out.some((g) => g.condition.id === id)) out.push({ condition, why: 'sets the triage level' });
    }
    return out.slice(0, 3);
  }

  function percent(p) {
    return p >= 0.995 ? '>99%' : p < 0.01 ? '<1%' : Math.round(p * 100) + '%';
  }

  function differentialSection(conditions, citations) {
    const section = el('section', { class: 'card', attrs: { 'aria-labelledby': 'ddx-heading' } }, [
      el('h2', { text: 'Differential', attrs: { id: 'ddx-heading' } }),
      el('p', { class: 'hint', text: 'Posterior probability under the Sanus model; they need not add up to 100%.' }),
    ]);
    if (!conditions.length) {
      section.append(el('p', { text: 'No condition matched the note.' }));
      return section;
    }
    section.append(el('ol', { class: 'bars' }, conditions.map((c) => {
      const fill = el('span', { class: 'bar-fill' + (c.dangerous ? ' dangerous' : '') });
      fill.style.width = Math.max(0.5, c.probability * 100) + '%';
      return el('li', { class: 'bar-row' }, [
        el('span', { class: 'bar-label' }, [
          el('strong', { text: c.name }),
          el('span', { class: 'muted', text: ' ' + c.icd10 + ' · ' + (c.lay_name || '') }),
          c.dangerous ? el('span', { class: 'badge', text: 'must not miss' }) : null,
        ]),
        el('span', { class: 'bar-track', attrs: { 'aria-hidden': 'true' } }, [fill]),
        el('span', { class: 'bar-value', text: percent(c.probability) }),
        el('span', { class: 'bar-evidence muted' }, [
          document.createTextNode(evidenceWords(c)),
          citations.markers(c.citations),
        ]),
      ]);
    })));
    return section;
  }

  function evidenceWords(c) {
    const parts = [];
    if (c.supporting.length) parts.push('for: ' + c.supporting.join(', '));
    if (c.against.length) parts.push('against: ' + c.against.join(', '));
    return parts.join('; ') + ' ';
  }

  // The note with each finding's words marked; offsets in the API are UTF-8 bytes.
  function markedNote(text, findings) {
    const bytes = new TextEncoder().encode(text);
    const decoder = new TextDecoder();
    const part = (from, to) => decoder.decode(bytes.slice(from, to));
    const spans = findings
      .filter((f) => f.span && f.span.begin >= 0 && f.span.begin < f.span.end && f.span.end <= bytes.length)
      .sort((x, y) => x.span.begin - y.span.begin);
    const p = el('p', { class: 'note-text' });
    let at = 0;
    for (const f of spans) {
      if (f.span.begin < at) continue;  // overlaps the previous mark; still listed below
      p.append(part(at, f.span.begin));
      const mark = el('mark', { class: 'evidence ' + f.presence, text: part(f.span.begin, f.span.end), attrs: { title: f.name + ': ' + f.presence } });
      p.append(mark, el('span', { class: 'visually-hidden', text: ' (' + f.name + ', ' + f.presence + ')' }));
      at = f.span.end;
    }
    p.append(part(at, bytes.length));
    return p;
  }

  function evidenceSection(text, a) {
    const findings = a.findings.map((f) => el('li', {}, [
      el('span', { class: 'tag ' + f.presence, text: f.presence }),
      el('span', { text: ' ' + f.name }),
      f.span ? el('q', { class: 'muted', text: f.span.text }) : null,
    ]));
    const values = a.values.map((v) => el('li', { text: v.name.replace(/_/g, ' ') + ' = ' + Math.round(v.value * 100) / 100 + ' ("' + v.text + '")' }));
    return el('section', { class: 'card', attrs: { 'aria-labelledby': 'evidence-heading' } }, [
      el('h2', { text: 'Evidence in the note', attrs: { id: 'evidence-heading' } }),
      el('p', { class: 'hint' }, [
        document.createTextNode('Marked: '),
        el('mark', { class: 'evidence present', text: 'present' }),
        document.createTextNode(' and '),
        el('mark', { class: 'evidence absent', text: 'absent (negated)' }),
      ]),
      markedNote(text, a.findings),
      el('h3', { text: 'Findings understood' }),
      findings.length ? el('ul', { class: 'findings' }, findings) : el('p', { text: 'None: the note was not understood.' }),
      values.length ? el('h3', { text: 'Measured values' }) : null,
      values.length ? el('ul', {}, values) : null,
    ]);
  }

  async function fetchGuidance(condition, context, key) {
    try {
      return await api('/v1/guidance', Object.assign({ condition }, context), key);
    } catch (e) {
      return { error: e.message };
    }
  }

  // The scores the guidance names: with no inputs the API lists every criterion still missing.
  async function scoresSection(a, guidances, key) {
    const section = el('section', { class: 'card', attrs: { 'aria-labelledby': 'scores-heading' } }, [
      el('h2', { text: 'Scores', attrs: { id: 'scores-heading' } }),
    ]);
    let scores = a.scores;
    if (!scores) {
      const ids = [...new Set(guidances.flatMap((g) => (g && g.clinician ? g.clinician.scores : [])))];
      scores = [];
      for (const id of ids) {
        try {
          scores.push(await api('/v1/scores/' + encodeURIComponent(id), { inputs: {} }, key));
        } catch (e) {
          section.append(el('p', { class: 'error', text: id + ': ' + e.message }));
        }
      }
    }
    if (!scores.length) section.append(el('p', { text: 'No score applies to these conditions.' }));
    for (const s of scores) section.append(scoreBlock(s));
    return section;
  }

  function scoreBlock(s) {
    // "0 so far" would read as a low score; with nothing known it is "not scored yet".
    const summary = s.complete ? s.name + ' = ' + s.points + ': ' + s.interpretation
      : s.counted.length === 0 ? s.name + ': not scored yet (nothing in the note answers its criteria)'
        : s.name + ': ' + s.points + ' so far, between ' + s.min_possible + ' and ' + s.max_possible + ' once complete';
    return el('div', { class: 'score' }, [
      el('h3', { text: summary }),
      s.counted.length ? el('ul', {}, s.counted.map((c) => el('li', { text: c }))) : null,
      s.missing.length ? el('p', { class: 'muted', text: 'To complete: ' + s.missing.join('; ') + '.' }) : null,
      !s.complete && s.interpretation ? el('p', { text: 'Already settled: ' + s.interpretation }) : null,
    ]);
  }

  function guidanceSection({ condition, why, guidance: g }, index, citations) {
    const id = 'guidance-heading-' + index;
    const section = el('section', { class: 'card guidance', attrs: { 'aria-labelledby': id } }, [
      el('h2', { text: 'Guidance: ' + condition.name + ' (' + why + ')', attrs: { id } }),
    ]);
    if (!g || g.error) {
      section.append(el('p', { text: g ? 'No guidance: ' + g.error + '.' : 'No guidance.' }));
      return section;
    }
    const c = g.clinician || {};
    section.append(...(g.notes || []).map((n) => el('p', { class: 'note', text: n })));
    if (g.kidney_function) {
      section.append(el('p', { text: 'Kidney function: ' + Math.round(g.kidney_function.value) + ' mL/min (' + g.kidney_function.method + ')' }));
    }
    section.append(citedList('Tests', c.tests, citations, (i) => i.text) || '');
    section.append(treatmentsTable(c.treatments || [], 'treatments-caption-' + index, citations));
    section.append(citedList('Refer', c.refer, citations, (i) => i.text) || '');
    return section;
  }

  function treatmentsTable(treatments, captionId, citations) {
    if (!treatments.length) return el('p', { text: 'No treatment options are listed.' });
    const head = el('tr', {}, ['Line', 'Medicine', 'Dose', 'Duration', 'Notes'].map((h) => el('th', { text: h, attrs: { scope: 'col' } })));
    const rows = treatments.map((t) => {
      const notes = el('td', {});
      if (t.withdrawn) notes.append(el('strong', { class: 'withdrawn-label', text: 'Withdrawn for this patient: ' }));
      for (const issue of t.issues || []) {
        notes.append(el('span', { class: 'issue', text: issue.severity.replace(/_/g, ' ') + ': ' + issue.text + ' ' }), citations.markers(issue.citations) || '');
      }
      for (const adj of t.adjustments || []) notes.append(el('span', { class: 'issue', text: adj.text + ' ' }));
      if (t.text) notes.append(el('span', { text: t.text + ' ' }));
      const markers = citations.markers(t.citations);
      if (markers) notes.append(markers);
      const medicine = [t.medicine_name].concat(t.with || []).filter(Boolean).join(' + ') || 'Advice, no medicine';
      notes.dataset.label = 'Notes';
      // data-label names each cell where a phone shows the rows as cards (style.css).
      return el('tr', { class: t.withdrawn ? 'withdrawn' : '' }, [
        el('td', { text: t.line, attrs: { 'data-label': 'Line' } }),
        el('th', { text: medicine + (t.population ? ' (' + t.population + ')' : ''), attrs: { scope: 'row' } }),
        el('td', { text: t.dose || '—', attrs: { 'data-label': 'Dose' } }),
        el('td', { text: t.duration || '—', attrs: { 'data-label': 'Duration' } }),
        notes,
      ]);
    });
    return el('div', { class: 'table-scroll', attrs: { role: 'region', 'aria-labelledby': captionId, tabindex: '0' } }, [
      el('table', { class: 'treatments' }, [
        el('caption', { text: 'Treatment options', attrs: { id: captionId } }),
        el('thead', {}, [head]),
        el('tbody', {}, rows),
      ]),
    ]);
  }

  form.addEventListener('submit', submit);
})();
