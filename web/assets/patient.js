// The patient conversation: a complaint starts an interview (POST /v1/interviews), each
// question is answered with a button, and the end is a triage card. An emergency level at
// any step ends the questions at once: the person is told what to do before anything else.
'use strict';

(function () {
  const { el, clear, api, numberField, isEmergency, triageCard, capitalise, showError, citedList, CitationList } = window.Sanus;

  const form = document.getElementById('start-form');
  const complaint = document.getElementById('complaint');
  const ageInput = document.getElementById('age');
  const sexInput = document.getElementById('sex');
  const startError = document.getElementById('start-error');
  const conversation = document.getElementById('conversation');
  const transcript = document.getElementById('transcript');
  const live = document.getElementById('live');
  const stepError = document.getElementById('step-error');

  // The units of questions that also take a number, in words.
  const VALUE_LABELS = {
    temperature_c: 'Temperature in °C',
    heart_rate: 'Pulse in beats a minute',
    resp_rate: 'Breaths a minute',
    spo2: 'Oxygen level in %',
    systolic_bp: 'Top blood pressure number (mmHg)',
    duration_hours: 'How many hours',
  };
  const ANSWER_WORDS = { yes: 'Yes', no: 'No', dont_know: "I don't know" };

  let session = null;

  function clearErrors() {
    window.Sanus.clearErrors(document.getElementById('main'), [startError, stepError]);
  }

  // The request from the form, or null after telling the person what to fix.
  function readForm() {
    const text = complaint.value.trim();
    if (text === '') {
      showError(startError, 'Please describe what is wrong before you start, for example "headache since yesterday".', complaint);
      return null;
    }
    const age = numberField(ageInput);
    if (age !== undefined && !(age >= 0 && age <= 130)) {
      showError(startError, 'Age must be a number of years between 0 and 130, or left empty.', ageInput);
      return null;
    }
    const request = { text, mode: 'patient' };
    if (age !== undefined) request.age = age;
    if (sexInput.value) request.sex = sexInput.value;
    return request;
  }

  async function start(event) {
    event.preventDefault();
    clearErrors();
    const request = readForm();
    if (!request) return;
    setBusy(form, true);
    try {
      const step = await api('/v1/interviews', request);
      session = step.session;
      form.hidden = true;
      conversation.hidden = false;
      clear(transcript);
      transcript.append(el('li', { class: 'said you' }, [el('span', { class: 'who', text: 'You said: ' }), el('span', { text: request.text })]));
      show(step);
    } catch (e) {
      showError(startError, 'Sorry, that did not work: ' + e.message + '.', complaint);
    } finally {
      setBusy(form, false);
    }
  }

  function setBusy(container, busy) {
    container.setAttribute('aria-busy', busy ? 'true' : 'false');
    for (const b of container.querySelectorAll('button, input')) b.disabled = busy;
  }

  // One step of the interview: an emergency ends it, else the next question or the result.
  function show(step) {
    clear(live);
    if (isEmergency(step.assessment.triage.level) || !step.next_question) {
      showResult(step);
    } else {
      showQuestion(step.next_question, step.questions_answered + 1);
    }
  }

  function showQuestion(question, number) {
    const heading = el('h2', { class: 'question-text', text: question.text, attrs: { id: 'question-heading', tabindex: '-1' } });
    const card = el('section', { class: 'card question', attrs: { 'aria-labelledby': 'question-heading' } }, [
      el('p', { class: 'question-number', text: 'Question ' + number }),
      heading,
      question.why ? el('p', { class: 'hint', text: 'Why we ask: ' + question.why + '.' }) : null,
      answerButtons(question),
      question.value_name && !question.choices.length ? valueForm(question) : null,
    ]);
    live.append(card);
    heading.focus();
  }

  function answerButtons(question) {
    const group = el('div', { class: 'answers', attrs: { role: 'group', 'aria-labelledby': 'question-heading' } });
    const add = (label, answer, value) => {
      const button = el('button', { class: 'button answer', text: label, attrs: { type: 'button' } });
      button.dataset.answer = answer;
      button.addEventListener('click', () => answerWith(question, answer, value, label));
      group.append(button);
    };
    if (question.choices.length) {
      for (const c of question.choices) add(capitalise(c.label), 'yes', c.value);
    } else {
      add(ANSWER_WORDS.yes, 'yes');
      add(ANSWER_WORDS.no, 'no');
    }
    add(ANSWER_WORDS.dont_know, 'dont_know');
    return group;
  }

  // For a question that also takes a measured value ("What is your temperature?").
  function valueForm(question) {
    const input = el('input', { attrs: { id: 'value-input', type: 'number', inputmode: 'decimal', step: 'any' } });
    const numberForm = el('form', { class: 'value-form', attrs: { novalidate: '' } }, [
      el('label', { text: 'Or, if you measured it: ' + (VALUE_LABELS[question.value_name] || 'the number'), attrs: { for: 'value-input' } }),
      input,
      el('button', { class: 'button', text: 'Send the number', attrs: { type: 'submit' } }),
    ]);
    numberForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const value = numberField(input);
      if (value === undefined || Number.isNaN(value)) {
        showError(stepError, 'Please type a number, or answer with one of the buttons.', input);
        return;
      }
      answerWith(question, 'yes', value, String(value));
    });
    return numberForm;
  }

  async function answerWith(question, answer, value, label) {
    clearErrors();
    const card = live.querySelector('.question');
    setBusy(card, true);
    const body = { finding_id: question.finding_id, answer };
    if (value !== undefined) body.value = value;
    try {
      const step = await api('/v1/interviews/' + session + '/answers', body);
      transcript.append(el('li', { class: 'said' }, [
        el('span', { class: 'who', text: question.text + ' ' }),
        el('strong', { text: label }),
      ]));
      show(step);
    } catch (e) {
      setBusy(card, false);
      showError(stepError, 'Sorry, your answer could not be sent: ' + e.message + '. Please try again.');
    }
  }

  // The end: the triage card first, then what it might be, what to do, and the sources.
  async function showResult(step) {
    const a = step.assessment;
    const citations = new CitationList();
    const result = el('div', { class: 'result' });
    const card = triageCard(a.triage, { reasons: true, citations });
    result.append(card);
    result.append(el('p', { class: 'notice', text: 'This is not a diagnosis. If you get worse or are worried, get help sooner.' }));
    result.append(conditionsSection(conditionsToShow(a), citations));
    live.append(result);
    card.querySelector('h2').focus();
    // Guidance is self-care and when to get help; at an emergency the only advice is to get help now.
    if (!isEmergency(a.triage.level) && a.conditions.length) {
      const guidance = await guidanceFor(a);
      if (guidance) result.append(guidanceSection(guidance, citations));
    }
    result.append(citations.render('Sources'));
    result.append(restartButton());
  }

  // At an emergency, only the conditions that make it one: a reassuring "panic attack" beside
  // "heart attack" could talk someone out of calling for help.
  function conditionsToShow(a) {
    if (!isEmergency(a.triage.level)) return a.conditions;
    const serious = a.conditions.filter((c) => c.dangerous || isEmergency(c.triage));
    return serious.length ? serious : a.conditions;
  }

  function likelihoodWords(p) {
    if (p >= 0.6) return 'likely';
    if (p >= 0.25) return 'possible';
    return 'less likely';
  }

  function conditionsSection(conditions, citations) {
    const section = el('section', { class: 'card', attrs: { 'aria-labelledby': 'conditions-heading' } }, [
      el('h2', { text: 'What it might be', attrs: { id: 'conditions-heading' } }),
    ]);
    if (!conditions.length) {
      section.append(el('p', { text: 'Sanus could not match what you wrote to a condition it knows. Please speak to a doctor or pharmacist.' }));
      return section;
    }
    section.append(el('ul', { class: 'conditions' }, conditions.slice(0, 3).map((c) => el('li', {}, [
      el('strong', { text: c.lay_name || c.name }),
      el('span', { class: 'likelihood', text: ' (' + likelihoodWords(c.probability) + ')' }),
      c.advice ? el('p', { text: c.advice }, [citations.markers(c.citations)]) : null,
    ]))));
    return section;
  }

  async function guidanceFor(assessment) {
    const body = { condition: assessment.conditions[0].id };
    if (assessment.age !== null) body.age = assessment.age;
    if (assessment.sex === 'female' || assessment.sex === 'male') body.sex = assessment.sex;
    try {
      return await api('/v1/guidance', body);
    } catch (e) {
      return null;  // guidance is extra: a server that keeps it for clinicians still gives the triage
    }
  }

  function guidanceSection(guidance, citations) {
    const p = guidance.patient || {};
    const levelWords = (l) => window.Sanus.level(l).title;
    return el('section', { class: 'card', attrs: { 'aria-labelledby': 'advice-heading' } }, [
      el('h2', { text: 'What you can do', attrs: { id: 'advice-heading' } }),
      citedList('Looking after yourself', p.self_care, citations, (i) => i.text),
      citedList('Watch for', p.watch_for, citations, (i) => i.text),
      citedList('When to get help', p.seek_help, citations, (i) => capitalise(i.when) + ' — ' + levelWords(i.level).toLowerCase()),
    ]);
  }

  function restartButton() {
    const button = el('button', { class: 'button', text: 'Start again', attrs: { type: 'button' } });
    button.addEventListener('click', () => {
      session = null;
      clear(live);
      clear(transcript);
      clearErrors();
      conversation.hidden = true;
      form.hidden = false;
      complaint.value = '';
      complaint.focus();
    });
    return button;
  }

  form.addEventListener('submit', start);
})();
