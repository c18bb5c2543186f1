// Helpers both pages share: calling the JSON API, building elements safely, and the words,
// colours and icons of each triage level. Text from the API is only ever set as textContent,
// never parsed as HTML.
'use strict';

window.Sanus = (function () {
  // Each triage level in words a person understands; the CSS class gives colour, the icon
  // a shape, so no level is told by colour alone.
  const LEVELS = {
    emergency_ambulance: { title: 'Emergency: call an ambulance now', icon: '!', css: 'level-emergency', emergency: true },
    emergency: { title: 'Emergency: go to an emergency department now', icon: '!', css: 'level-emergency', emergency: true },
    urgent: { title: 'Urgent: see a doctor within 24 hours', icon: '⏱', css: 'level-urgent', emergency: false },
    consultation: { title: 'Book an appointment with a doctor', icon: '✚', css: 'level-consultation', emergency: false },
    self_care: { title: 'You can probably look after this at home', icon: '✓', css: 'level-self-care', emergency: false },
  };

  function level(name) {
    return LEVELS[name] || { title: 'Get advice from a doctor', icon: '?', css: 'level-consultation', emergency: false };
  }

  // el('p', {class: 'x', text: 'y', attrs: {id: 'z'}}, [children]): text is set as text, never parsed.
  function el(tag, options, children) {
    const node = document.createElement(tag);
    const o = options || {};
    if (o.class) node.className = o.class;
    if (o.text !== undefined && o.text !== null) node.textContent = String(o.text);
    for (const [name, value] of Object.entries(o.attrs || {})) node.setAttribute(name, value);
    for (const child of children || []) {
      if (child) node.append(child);
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  // POSTs (or GETs, with body null) JSON; resolves to the parsed answer, or rejects with an
  // Error whose message is the API's own readable message.
  async function api(path, body, apiKey) {
    const headers = { Accept: 'application/json' };
    if (body !== null) headers['Content-Type'] = 'application/json';
    if (apiKey) headers.Authorization = 'Bearer ' + apiKey;
    let response;
    try {
      response = await fetch(path, {
        method: body === null ? 'GET' : 'POST',
        headers,
        body: body === null ? undefined : JSON.stringify(body),
      });
    } catch (e) {
      throw new Error('Sanus could not be reached. Check your connection and try again.');
    }
    let data = null;
    try {
      data = await response.json();
    } catch (e) {
      data = null;
    }
    if (!response.ok) {
      const message = data && data.error && data.error.message ? data.error.message : 'the request failed';
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  // A number typed in a field, or undefined when it is empty.
  function numberField(input) {
    const text = input.value.trim();
    return text === '' ? undefined : Number(text);
  }

  // Numbers the sources cited across a page, once each, in order of first use.
  class CitationList {
    constructor() {
      this.byKey = new Map();
    }
    // Returns the numbers of these citations, adding the new ones.
    add(citations) {
      const numbers = [];
      for (const c of citations || []) {
        const key = c.url || c.id || c.title;
        if (!this.byKey.has(key)) this.byKey.set(key, { n: this.byKey.size + 1, citation: c });
        numbers.push(this.byKey.get(key).n);
      }
      return [...new Set(numbers)];
    }
    // Superscript links "[1][3]" to the numbered list, or null when there are none.
    markers(citations) {
      const numbers = this.add(citations);
      if (numbers.length === 0) return null;
      return el('span', { class: 'cite-markers' }, numbers.map((n) =>
        el('a', { text: '[' + n + ']', attrs: { href: '#cite-' + n, 'aria-label': 'source ' + n } })));
    }
    // The numbered list of sources with links.
    render(headingText) {
      const items = [...this.byKey.values()].map(({ n, citation }) => {
        const label = [citation.publisher, citation.title, citation.year].filter(Boolean).join(', ');
        const link = citation.url
          ? el('a', { text: label || citation.url, attrs: { href: citation.url, rel: 'noopener noreferrer', target: '_blank' } })
          : el('span', { text: label });
        return el('li', { attrs: { id: 'cite-' + n } }, [link]);
      });
      return el('section', { class: 'card sources', attrs: { 'aria-labelledby': 'sources-heading' } }, [
        el('h2', { text: headingText, attrs: { id: 'sources-heading' } }),
        items.length ? el('ol', {}, items) : el('p', { text: 'No sources were cited.' }),
      ]);
    }
  }

  // The triage card: icon, level in words, what to do now, and (when given) why.
  function triageCard(triage, options) {
    const info = level(triage.level);
    const o = options || {};
    const heading = el('h2', { class: 'triage-title', attrs: { id: 'triage-heading', tabindex: '-1' } }, [
      el('span', { class: 'triage-icon', text: info.icon, attrs: { 'aria-hidden': 'true' } }),
      el('span', { text: info.title }),
    ]);
    const card = el('section', { class: 'card triage ' + info.css, attrs: { 'aria-labelledby': 'triage-heading' } }, [heading]);
    card.dataset.level = triage.level;
    if (info.emergency) {
      card.append(el('p', { class: 'triage-now', text: 'What to do now: ' + capitalise(triage.advice) + '.' }));
      if (triage.level === 'emergency_ambulance') {
        card.append(el('p', { class: 'triage-numbers', text: 'Call 999 (UK), 112 (Europe) or 911 (North America). Do not drive yourself.' }));
      }
    } else if (triage.advice) {
      card.append(el('p', { class: 'triage-now', text: capitalise(triage.advice) + '.' }));
    }
    if (o.reasons && triage.reasons && triage.reasons.length) {
      card.append(el('h3', { text: 'Why' }));
      card.append(el('ul', { class: 'reasons' }, triage.reasons.map((r) =>
        el('li', { text: r.text }, [o.citations ? o.citations.markers(r.citations) : null]))));
    }
    return card;
  }

  // Shows a readable message in an alert region; marks the field to fix and moves focus there.
  function showError(region, message, field) {
    region.textContent = message;
    if (field) {
      field.setAttribute('aria-invalid', 'true');
      field.focus();
    }
  }

  // Empties the alert regions and unmarks every field inside container.
  function clearErrors(container, regions) {
    for (const region of regions) region.textContent = '';
    for (const field of container.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
  }

  // A titled list of cited items ({text, citations}), or null when there are none.
  function citedList(title, items, citations, textOf) {
    if (!items || !items.length) return null;
    return el('div', {}, [
      el('h3', { text: title }),
      el('ul', {}, items.map((item) => el('li', { text: textOf(item) + ' ' }, [citations.markers(item.citations)]))),
    ]);
  }

  function capitalise(text) {
    const s = String(text || '');
    return s.charAt(0).toUpperCase() + s.slice(1);
  }

  function isEmergency(levelName) {
    return level(levelName).emergency;
  }

  return { el, clear, api, numberField, level, isEmergency, triageCard, capitalise, showError, clearErrors, citedList, CitationList };
})();
