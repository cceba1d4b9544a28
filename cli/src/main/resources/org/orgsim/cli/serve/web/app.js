// orgsim workshop page: replays a recorded run week by week, draws the organization as teams, and
// forks a what-if with a rule file of the library. Vanilla JavaScript and inline SVG; everything it
// shows comes from the JSON API of the same server (see WorkshopServer.java).
'use strict';

(() => {
  const SVG = 'http://www.w3.org/2000/svg';
  // Okabe–Ito: distinguishable with the common colour-vision deficiencies.
  const BLUE = '#0072B2';
  const VERMILLION = '#D55E00';
  const ORANGE = '#E69F00';
  const GREY = '#767676';
  const LIGHT = [247, 247, 247];
  const GOOD = [0, 114, 178];
  const BAD = [213, 94, 0];
  const PLAY_INTERVAL_MS = 700;
  /** Issue 15: the colour choice that colours teams by the age of the team at week 0 (a segment). */
  const SEGMENT_COLOUR = 'segment:team_age';
  /** Okabe–Ito colours of the team ages; a team formed during the run is white. */
  const AGE_COLOURS = { new: '#56B4E9', established: '#009E73', 'long-standing': '#CC79A7' };
  let chartCount = 0;

  const state = {
    run: null,
    messages: {},
    language: 'en',
    variant: null,
    replication: 0,
    colour: 'burnout_rate',
    week: 0,
    weeks: 0,
    series: null,
    path: null,
    ranges: {},
    data: null,
    playing: false,
    playTimer: null,
    request: 0,
    loading: null,
    rules: null,
    fork: null,
    forkTimer: null,
    segments: null,
  };

  const $ = (id) => document.getElementById(id);

  // ---- helpers -------------------------------------------------------------------------------

  async function api(path, options) {
    const response = await fetch(path, options);
    let body = {};
    try {
      body = await response.json();
    } catch (ignored) {
      body = {};
    }
    if (!response.ok) {
      throw new Error(body.error || ('HTTP ' + response.status));
    }
    return body;
  }

  function t(key, ...args) {
    const text = Object.prototype.hasOwnProperty.call(state.messages, key) ? state.messages[key] : key;
    return text.replace(/\{(\d+)\}/g, (match, index) => (args[index] === undefined ? match : String(args[index])));
  }

  function locale() {
    return state.language === 'nl' ? 'nl-NL' : 'en-GB';
  }

  function number(value, digits, signed) {
    return new Intl.NumberFormat(locale(), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: signed ? 'exceptZero' : 'auto',
    }).format(value);
  }

  function digitsFor(metric, value) {
    if (isShare(metric)) return 1;
    const size = Math.abs(value);
    if (metric === 'cost' || metric === 'headcount') return 0;
    return size >= 100 ? 0 : size >= 10 ? 1 : 2;
  }

  /** A metric value as people read it: shares in %, others with sensible decimals; '–' when unknown. */
  function format(metric, value) {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–';
    if (isShare(metric)) return number(value * 100, 1, false) + '%';
    return number(value, digitsFor(metric, value), false);
  }

  /** A change: shares in percentage points. */
  function formatChange(metric, value) {
    if (value === null || value === undefined || !Number.isFinite(value)) return '–';
    if (isShare(metric)) return number(value * 100, 1, true) + ' ' + t('unit.pp');
    return number(value, digitsFor(metric, value === 0 ? 1 : value), true);
  }

  /** Shares (0-1 in the files) show as percentages, changes in percentage points; the server says which. */
  function isShare(metric) {
    return metricInfo(metric).share === true;
  }

  function metricInfo(key) {
    return state.run.metrics.find((metric) => metric.key === key) || { key, higherIsBetter: false };
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function setStatus(text, info) {
    const status = $('status');
    status.textContent = text || '';
    status.classList.toggle('info', Boolean(info));
  }

  function fail(error) {
    stop();
    setStatus(t('app.failed', error && error.message ? error.message : String(error)));
  }

  // ---- words ---------------------------------------------------------------------------------

  async function loadLanguage(language) {
    state.messages = await api('/api/messages?lang=' + encodeURIComponent(language));
    state.language = language;
    document.documentElement.lang = language;
    $('language').value = language;
    for (const node of document.querySelectorAll('[data-msg]')) node.textContent = t(node.dataset.msg);
    $('first').title = t('timeline.first');
    $('back').title = t('timeline.back');
    $('step').title = t('timeline.step');
    $('last').title = t('timeline.last');
    for (const id of ['first', 'back', 'step', 'last']) $(id).setAttribute('aria-label', $(id).title);
    $('timeline').setAttribute('aria-label', t('timeline.label'));
    if (state.run) {
      document.title = t('app.title', state.run.scenario);
      $('title').textContent = t('app.title', state.run.scenario);
      fillSelectors();
    }
    updatePlayButton();
  }

  function fillSelectors() {
    const run = state.run;
    const variant = $('variant');
    variant.replaceChildren(...run.variants.map((v) => element('option', { value: v.name }, v.name)));
    variant.value = state.variant;
    const replication = $('replication');
    const options = [];
    for (let index = 0; index < run.replications; index++) {
      options.push(element('option', { value: String(index) }, t('select.replicationValue', index + 1, run.replications)));
    }
    replication.replaceChildren(...options);
    replication.value = String(state.replication);
    const colour = $('colour');
    colour.replaceChildren(...run.colourMetrics.map((key) => element('option', { value: key }, t('metric.' + key))),
      element('option', { value: SEGMENT_COLOUR }, t('segment.colourBy')));
    colour.value = state.colour;
    const description = run.variants.find((v) => v.name === state.variant);
    $('description').textContent = description && description.description ? description.description : run.description;
  }

  // ---- loading a replay ----------------------------------------------------------------------

  async function selectRun(variant, replication) {
    stop();
    const token = {};
    state.loading = token;
    state.variant = variant;
    state.replication = replication;
    fillSelectors();
    setControls(false);
    const query = 'variant=' + encodeURIComponent(variant) + '&replication=' + replication;
    let status = await api('/api/replay?' + query);
    while (!status.ready) {
      if (state.loading !== token) return;
      setStatus(t('timeline.preparing', status.weeksDone, status.weeks), true);
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = await api('/api/replay?' + query);
    }
    if (state.loading !== token) return;
    const series = await api('/api/series?variant=' + encodeURIComponent(variant));
    if (state.loading !== token) return;
    state.series = series.metrics;
    state.segments = await api('/api/segments?variant=' + encodeURIComponent(variant));
    if (state.loading !== token) return;
    state.path = status.path;
    state.ranges = status.teamRanges;
    state.weeks = status.weeks;
    state.loading = null;
    setStatus('', true);
    $('week-slider').max = String(state.weeks);
    $('jump').max = String(state.weeks);
    setControls(true);
    await goTo(Math.min(state.week, state.weeks));
  }

  function setControls(enabled) {
    for (const id of ['first', 'back', 'play', 'step', 'last', 'week-slider', 'jump']) $(id).disabled = !enabled;
  }

  // ---- stepping ------------------------------------------------------------------------------

  async function goTo(week) {
    if (state.loading) return;
    const target = Math.max(0, Math.min(state.weeks, week));
    const request = ++state.request;
    const data = await api('/api/week?variant=' + encodeURIComponent(state.variant) + '&replication=' + state.replication
      + '&week=' + target);
    if (request !== state.request) return; // a later step overtook this one
    state.week = data.week;
    state.data = data;
    render();
  }

  function step(delta) {
    goTo(state.week + delta).catch(fail);
  }

  function play() {
    if (state.playing) {
      stop();
      return;
    }
    if (state.week >= state.weeks) return;
    state.playing = true;
    updatePlayButton();
    const tick = async () => {
      if (!state.playing) return;
      try {
        await goTo(state.week + 1);
      } catch (error) {
        fail(error);
        return;
      }
      if (state.week >= state.weeks) {
        stop();
        return;
      }
      state.playTimer = setTimeout(tick, PLAY_INTERVAL_MS);
    };
    tick();
  }

  function stop() {
    state.playing = false;
    if (state.playTimer) clearTimeout(state.playTimer);
    state.playTimer = null;
    updatePlayButton();
  }

  function updatePlayButton() {
    const button = $('play');
    button.classList.toggle('playing', state.playing);
    button.title = t(state.playing ? 'timeline.pause' : 'timeline.play');
    button.setAttribute('aria-label', button.title);
  }

  // ---- rendering a week ----------------------------------------------------------------------

  function render() {
    const data = state.data;
    if (!data) return;
    $('week-number').textContent = String(data.week);
    $('week-of').textContent = t('timeline.of', state.weeks);
    $('week-slider').value = String(data.week);
    $('jump').value = String(data.week);
    $('first').disabled = data.week === 0;
    $('back').disabled = data.week === 0;
    $('step').disabled = data.week >= state.weeks;
    $('last').disabled = data.week >= state.weeks;
    $('org-heading').textContent = t('org.heading', data.week);
    drawOrganization(data);
    drawKpis(data);
    drawFeed(data);
    drawHeadlineCharts();
    drawSegments();
    renderForkForm();
    if (state.fork && state.fork.result) drawComparison(state.fork);
    document.body.dataset.week = String(data.week);
  }

  /** Colour of a team metric value: blue (good end) through light grey to vermillion (bad end). */
  function teamColour(metric, value) {
    const range = state.ranges[metric];
    if (!range || value === null || value === undefined) return '#dddddd';
    const [low, high] = range;
    let position = high > low ? (value - low) / (high - low) : 0.5;
    position = Math.max(0, Math.min(1, position));
    const badness = metricInfo(metric).higherIsBetter ? 1 - position : position;
    const mix = (from, to, share) => from.map((channel, index) => Math.round(channel + (to[index] - channel) * share));
    const rgb = badness < 0.5 ? mix(GOOD, LIGHT, badness * 2) : mix(LIGHT, BAD, (badness - 0.5) * 2);
    return 'rgb(' + rgb.join(',') + ')';
  }

  function inkOn(fill) {
    const match = /rgb\((\d+),(\d+),(\d+)\)/.exec(fill);
    if (!match) return '#1a1a1a';
    const [r, g, b] = match.slice(1).map(Number);
    return 0.299 * r + 0.587 * g + 0.114 * b < 140 ? '#ffffff' : '#1a1a1a';
  }

  function hexagon(cx, cy, radius) {
    const points = [];
    for (let corner = 0; corner < 6; corner++) {
      const angle = Math.PI / 6 + corner * Math.PI / 3;
      points.push((cx + radius * Math.cos(angle)).toFixed(1) + ',' + (cy + radius * Math.sin(angle)).toFixed(1));
    }
    return points.join(' ');
  }

  function drawOrganization(data) {
    const container = $('org');
    const teams = data.teams;
    if (!teams.length) {
      container.replaceChildren(element('p', { class: 'muted' }, t('org.noTeams')));
      return;
    }
    const groups = new Map();
    for (const team of teams) {
      const key = team.manager || '';
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(team);
    }
    const width = 1000;
    const height = 500;
    const largest = Math.max(...[...groups.values()].map((group) => group.length));
    const blockColumns = Math.ceil(Math.sqrt(largest * 1.6));
    const blockRows = Math.ceil(largest / blockColumns);
    const labelRows = groups.size > 1 ? 0.45 : 0;
    let best = null;
    for (let columns = 1; columns <= groups.size; columns++) {
      const rows = Math.ceil(groups.size / columns);
      const cell = Math.min(width / (columns * (blockColumns + 0.3)), height / (rows * (blockRows + 0.3 + labelRows)));
      if (!best || cell > best.cell) best = { columns, rows, cell };
    }
    const cell = Math.min(best.cell, 260);
    const headcountRange = state.ranges.headcount || [1, Math.max(1, ...teams.map((team) => team.headcount || 1))];
    const biggest = Math.max(1, headcountRange[1]);
    const usedHeight = best.rows * (blockRows + 0.3 + labelRows) * cell;
    const root = svg('svg', {
      viewBox: '0 0 ' + width + ' ' + Math.ceil(usedHeight),
      role: 'img',
      'aria-label': t('org.heading', data.week),
      'data-week': data.week,
    });
    const defs = svg('defs');
    const pattern = svg('pattern', { id: 'hatch', width: 10, height: 10, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' });
    pattern.append(svg('rect', { width: 10, height: 10, fill: '#ececec' }));
    pattern.append(svg('line', { x1: 0, y1: 0, x2: 0, y2: 10, stroke: '#9a9a9a', 'stroke-width': 4 }));
    defs.append(pattern);
    root.append(defs);
    const crossed = new Set(data.crossings.map((crossing) => crossing.team));
    const blockWidth = width / best.columns;
    let index = 0;
    for (const [manager, members] of groups) {
      const column = index % best.columns;
      const row = Math.floor(index / best.columns);
      index++;
      const x0 = column * blockWidth + (blockWidth - blockColumns * cell) / 2;
      const y0 = row * (blockRows + 0.3 + labelRows) * cell;
      if (groups.size > 1) {
        root.append(svg('rect', {
          x: column * blockWidth + 4, y: y0 + 2, width: blockWidth - 8, height: (blockRows + 0.15 + labelRows) * cell,
          rx: 8, fill: 'none', stroke: '#d0d0d0', 'stroke-width': 2,
        }));
        root.append(svg('text', {
          x: column * blockWidth + 14, y: y0 + labelRows * cell * 0.75, class: 'group-label',
          'font-size': Math.max(12, Math.min(22, cell * 0.3)),
        }, managerName(manager)));
      }
      members.forEach((team, position) => {
        const cx = x0 + (position % blockColumns + 0.5) * cell;
        const cy = y0 + (labelRows + Math.floor(position / blockColumns) + 0.5) * cell;
        const radius = cell * 0.46 * Math.sqrt(Math.max(1, team.headcount) / biggest);
        const byAge = state.colour === SEGMENT_COLOUR;
        const age = byAge ? teamAge(team.name) : null;
        const value = !byAge && team.figures && team.metrics ? team.metrics[state.colour] : null;
        const fill = byAge ? (AGE_COLOURS[age] || '#ffffff') : team.figures ? teamColour(state.colour, value) : 'url(#hatch)';
        const group = svg('g', { class: 'team', 'data-team': team.name, 'data-value': value === null || value === undefined ? '' : value });
        const outline = crossed.has(team.name)
          ? { stroke: '#000000', 'stroke-width': Math.max(4, cell * 0.06) }
          : { stroke: '#1a1a1a', 'stroke-width': 1.5 };
        const shape = team.leadership === 'horizontal'
          ? svg('polygon', { points: hexagon(cx, cy, radius * 1.05), fill, ...outline })
          : svg('circle', { cx, cy, r: radius, fill, ...outline });
        group.append(shape);
        const details = [team.name, team.headcount === null ? t('org.smallTeam') : t('org.people', team.headcount),
          t(team.leadership === 'horizontal' ? 'org.horizontal' : 'org.hierarchical')];
        if (byAge) details.push(t('segment.colourBy') + ': ' + ageLabel(age));
        else if (team.figures) details.push(t('metric.' + state.colour) + ': ' + format(state.colour, value));
        else details.push(t('org.noFigures'));
        if (team.coached) details.push(t('org.coached'));
        if (team.aiSupport) details.push(t('org.ai'));
        if (team.wipLimit > 0) details.push(t('org.wip', team.wipLimit));
        group.append(svg('title', {}, details.join(' · ')));
        const ink = byAge ? inkOn(AGE_COLOURS[age] || '#ffffff') : team.figures ? inkOn(fill) : '#1a1a1a';
        // In the drawing the age's name alone ("long-standing"); the legend gives its bounds.
        const label = byAge ? ageLabel(age).replace(/ \(.*\)$/, '') : team.figures ? format(state.colour, value) : '< ' + state.run.smallestGroupWithFigures;
        if (cell >= 80) {
          const size = Math.max(13, Math.min(30, radius * 0.34));
          group.append(svg('text', { x: cx, y: cy - size * 0.2, 'text-anchor': 'middle', 'font-size': size, fill: ink, class: 'team-label' },
            team.name));
          group.append(svg('text', { x: cx, y: cy + size * 1.0, 'text-anchor': 'middle', 'font-size': size * 0.95, fill: ink, class: 'team-label' },
            label));
        } else if (cell >= 34 && radius >= 14) {
          const size = Math.max(10, Math.min(16, radius * 0.55));
          group.append(svg('text', { x: cx, y: cy + size * 0.35, 'text-anchor': 'middle', 'font-size': size, fill: ink, class: 'team-label' },
            byAge ? label : team.figures ? format(state.colour, value) : '<' + state.run.smallestGroupWithFigures));
        }
        root.append(group);
      });
    }
    container.replaceChildren(root);
    drawLegend();
  }

  /**
   * Issue 15: the segments of week 0's people (team age, role, tenure) with their teams, size and the
   * recorded paired impact over the horizon; a segment under the small-group rule shows no figure.
   */
  function drawSegments() {
    const list = $('segments-list');
    if (!list) return;
    const data = state.segments;
    if (!data || data.segments.length === 0) {
      list.replaceChildren(element('p', {}, t('segments.none')));
      return;
    }
    $('segments-intro').textContent = data.variant === data.baseline ? t('segments.introBaseline') : t('segments.intro', data.baseline);
    const rows = [];
    for (const segment of data.segments) {
      const row = element('li', { class: 'segment', 'data-kind': segment.kind, 'data-segment': segment.name });
      const name = segment.kind === 'team_age' ? ageLabel(segment.name) : t('segment.' + segment.kind + '.' + segment.name);
      const head = element('span', { class: 'segment-name' });
      if (segment.kind === 'team_age') {
        const swatch = svg('svg', { width: 14, height: 14, viewBox: '0 0 14 14', 'aria-hidden': 'true' });
        swatch.append(svg('rect', { x: 0.5, y: 0.5, width: 13, height: 13, fill: AGE_COLOURS[segment.name], stroke: '#1a1a1a' }));
        head.append(swatch, ' ');
      }
      head.append(t('segment.kind.' + segment.kind) + ': ' + name);
      row.append(head);
      if (!segment.figures) {
        row.append(element('span', { class: 'segment-figures' }, ' · ' + t('org.noFigures')));
      } else {
        const parts = [t('org.people', number(segment.people, segment.people % 1 === 0 ? 0 : 1, false))];
        for (const [metric, paired] of Object.entries(segment.impact || {})) {
          const interval = paired.ci95 && paired.ci95[0] !== null
            ? ' [' + formatChange(metric, paired.ci95[0]) + '; ' + formatChange(metric, paired.ci95[1]) + ']' : '';
          parts.push(t('metric.' + metric) + ' ' + formatChange(metric, paired.meanDiff) + interval);
        }
        row.append(element('span', { class: 'segment-figures' }, ' · ' + parts.join(' · ')));
      }
      if (segment.teams && segment.teams.length > 0) {
        row.append(element('div', { class: 'segment-teams' }, t('segments.teams', segment.teams.join(', '))));
      }
      rows.push(row);
    }
    list.replaceChildren(element('ul', { class: 'segments' }, undefined));
    list.firstChild.append(...rows);
  }

  /** "layer:department manager/0" → "department manager 1": the position, counted from 1. */
  function managerName(id) {
    const match = /^(?:layer:)?(.*)\/(\d+)$/.exec(id);
    return match ? match[1] + ' ' + (Number(match[2]) + 1) : id.replace(/^layer:/, '');
  }

  /** The team_age segment of a team by its name at week 0; null for a team formed during the run. */
  function teamAge(name) {
    return state.segments && state.segments.teams[name] ? state.segments.teams[name] : null;
  }

  function ageLabel(age) {
    return age ? t('segment.team_age.' + age) : t('segment.formedLater');
  }

  function drawLegend() {
    const legend = $('org-legend');
    const range = state.ranges[state.colour];
    const items = [];
    if (state.colour === SEGMENT_COLOUR) {
      for (const age of [...Object.keys(AGE_COLOURS), null]) {
        const item = element('span', { class: 'scale' });
        const swatch = svg('svg', { width: 18, height: 18, viewBox: '0 0 18 18', 'aria-hidden': 'true' });
        swatch.append(svg('rect', { x: 0.5, y: 0.5, width: 17, height: 17, fill: AGE_COLOURS[age] || '#ffffff', stroke: '#1a1a1a' }));
        item.append(swatch, element('span', {}, ageLabel(age)));
        items.push(item);
      }
    } else if (range) {
      const scale = element('span', { class: 'scale' });
      scale.append(element('span', {}, t('metric.' + state.colour) + ':'));
      const bar = svg('svg', { width: 180, height: 22, viewBox: '0 0 180 22', 'aria-hidden': 'true' });
      for (let step = 0; step < 18; step++) {
        const value = range[0] + (range[1] - range[0]) * (step + 0.5) / 18;
        bar.append(svg('rect', { x: step * 10, y: 0, width: 10, height: 22, fill: teamColour(state.colour, value) }));
      }
      bar.append(svg('rect', { x: 0.5, y: 0.5, width: 179, height: 21, fill: 'none', stroke: '#1a1a1a' }));
      scale.append(element('span', {}, format(state.colour, range[0])));
      scale.append(bar);
      scale.append(element('span', {}, format(state.colour, range[1])));
      items.push(scale);
    }
    items.push(element('span', {}, t('org.size')));
    items.push(element('span', {}, t('org.shapes')));
    items.push(element('span', {}, t('org.small')));
    items.push(element('span', {}, t('org.crossedLegend')));
    legend.replaceChildren(...items);
  }

  function drawKpis(data) {
    const tiles = state.run.headline.map((key) => {
      const info = metricInfo(key);
      const change = data.changes[key];
      const tile = element('div', { class: 'kpi', 'data-metric': key });
      tile.append(element('div', { class: 'name' }, t('metric.' + key)));
      tile.append(element('div', { class: 'value' }, format(key, data.metrics[key])));
      let arrow = '';
      let verdict = '';
      if (data.week > 0 && change) {
        arrow = change > 0 ? '▲ ' : '▼ ';
        verdict = (change > 0) === info.higherIsBetter ? 'better' : 'worse';
      }
      tile.append(element('div', { class: 'change ' + verdict }, arrow + t('headline.change', data.week > 0 ? formatChange(key, change) : '–')));
      return tile;
    });
    $('kpis').replaceChildren(...tiles);
  }

  function drawFeed(data) {
    const crossings = $('crossings');
    const heading = element('h3', {}, t('feed.crossings', data.week));
    if (!data.crossings.length) {
      crossings.replaceChildren(heading, element('p', { class: 'muted' }, t('feed.noCrossings')));
    } else {
      const list = element('ul');
      for (const crossing of data.crossings) {
        const info = metricInfo(crossing.metric);
        const good = crossing.upwards === info.higherIsBetter;
        const text = crossing.team + ': ' + t('threshold.' + crossing.metric + '.' + (crossing.upwards ? 'up' : 'down'))
          + (crossing.value === null ? ' ' + t('feed.smallTeam') : ' (' + format(crossing.metric, crossing.value) + ')');
        list.append(element('li', { class: good ? 'better' : 'worse' }, text));
      }
      crossings.replaceChildren(heading, list);
    }
    const events = $('events');
    const title = element('h3', {}, t('feed.interventions', data.week));
    if (!data.events.length) {
      events.replaceChildren(title, element('p', { class: 'muted' }, t('feed.none')));
      return;
    }
    const list = element('ul');
    for (const event of [...data.events].reverse()) {
      const item = element('li', { class: event.week === data.week ? 'now' : '' });
      item.append(element('span', { class: 'week' }, t('feed.week', event.week)));
      item.append(element('span', { class: 'rule' }, event.rule));
      item.append(element('span', {}, ' → ' + event.action + (event.target ? ' ' + event.target : '')));
      if (event.detail) item.append(element('span', { class: 'detail' }, event.detail));
      list.append(item);
    }
    const parts = [title, list];
    if (data.eventCount > data.events.length) parts.push(element('p', { class: 'muted' }, t('feed.more', data.eventCount - data.events.length)));
    events.replaceChildren(...parts);
  }

  // ---- charts --------------------------------------------------------------------------------

  /**
   * A line chart of one metric over weeks. layers: {points: [[week, mean, low, high]], colour, dash,
   * width, band}; path: [[week, value]] drawn up to the current week; markers: vertical lines.
   */
  function lineChart(metric, layers, path, markers) {
    const width = 480;
    const height = 250;
    const margin = { left: 62, right: 14, top: 10, bottom: 30 };
    // The range follows the means and the run's own line; an interval may widen it by at most
    // three quarters of that span on each side (with few runs a 95% interval is very wide) and is
    // clipped beyond. Every metric is non-negative, so the axis never goes below zero for it.
    const core = [];
    const bands = [];
    let lastWeek = state.weeks;
    for (const layer of layers) {
      for (const point of layer.points) {
        if (point[1] !== null) core.push(point[1]);
        if (layer.band && point[2] !== null && point[3] !== null) bands.push(point[2], point[3]);
        lastWeek = Math.max(lastWeek, point[0]);
      }
    }
    if (path) for (const point of path) if (point[1] !== null) core.push(point[1]);
    let low = core.length ? Math.min(...core) : 0;
    let high = core.length ? Math.max(...core) : 1;
    if (high - low < 1e-9) {
      high += Math.abs(high) * 0.05 + 0.01;
      low -= Math.abs(low) * 0.05 + 0.01;
    }
    const span = high - low;
    if (bands.length) {
      low = Math.max(Math.min(low, ...bands), low - span * 0.75);
      high = Math.min(Math.max(high, ...bands), high + span * 0.75);
    }
    const pad = (high - low) * 0.05;
    low -= pad;
    high += pad;
    if (low < 0 && core.every((value) => value >= 0)) low = 0;
    const x = (week) => margin.left + (week / Math.max(1, lastWeek)) * (width - margin.left - margin.right);
    const y = (value) => margin.top + (1 - (value - low) / (high - low)) * (height - margin.top - margin.bottom);
    const root = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': t('metric.' + metric) });
    const clip = 'plot-' + (++chartCount);
    const clipPath = svg('clipPath', { id: clip });
    clipPath.append(svg('rect', { x: margin.left, y: margin.top, width: width - margin.left - margin.right,
      height: height - margin.top - margin.bottom }));
    const defs = svg('defs');
    defs.append(clipPath);
    root.append(defs);
    const plot = svg('g', { 'clip-path': 'url(#' + clip + ')' });
    const axis = svg('g', { class: 'axis' });
    for (let tick = 0; tick <= 4; tick++) {
      const value = low + (high - low) * tick / 4;
      axis.append(svg('line', { x1: margin.left, x2: width - margin.right, y1: y(value), y2: y(value), 'stroke-width': 1 }));
      axis.append(svg('text', { x: margin.left - 6, y: y(value) + 4, 'text-anchor': 'end' }, format(metric, value)));
    }
    const every = lastWeek > 80 ? 26 : lastWeek > 30 ? 10 : lastWeek > 12 ? 5 : 2;
    for (let week = 0; week <= lastWeek; week += every) {
      axis.append(svg('text', { x: x(week), y: height - 8, 'text-anchor': 'middle' }, String(week)));
    }
    root.append(axis, plot);
    for (const layer of layers) {
      if (layer.band) {
        const upper = layer.points.filter((point) => point[2] !== null && point[3] !== null);
        if (upper.length > 1) {
          const d = upper.map((point, index) => (index ? 'L' : 'M') + x(point[0]).toFixed(1) + ',' + y(point[3]).toFixed(1)).join(' ')
            + ' ' + [...upper].reverse().map((point) => 'L' + x(point[0]).toFixed(1) + ',' + y(point[2]).toFixed(1)).join(' ') + ' Z';
          plot.append(svg('path', { d, fill: layer.colour, 'fill-opacity': layer.bandOpacity || 0.18, stroke: 'none' }));
        }
      }
    }
    for (const layer of layers) {
      const points = layer.points.filter((point) => point[1] !== null);
      if (points.length > 1) {
        plot.append(svg('path', {
          d: points.map((point, index) => (index ? 'L' : 'M') + x(point[0]).toFixed(1) + ',' + y(point[1]).toFixed(1)).join(' '),
          fill: 'none', stroke: layer.colour, 'stroke-width': layer.width || 2, 'stroke-dasharray': layer.dash || 'none',
        }));
      }
    }
    if (path) {
      const shown = path.filter((point) => point[0] <= state.week && point[1] !== null);
      if (shown.length > 1) {
        plot.append(svg('path', {
          d: shown.map((point, index) => (index ? 'L' : 'M') + x(point[0]).toFixed(1) + ',' + y(point[1]).toFixed(1)).join(' '),
          fill: 'none', stroke: '#000000', 'stroke-width': 3.5, 'stroke-linejoin': 'round',
        }));
      }
      const current = shown[shown.length - 1];
      if (current) root.append(svg('circle', { cx: x(current[0]), cy: y(current[1]), r: 5, fill: '#000000' }));
    }
    for (const marker of markers) {
      root.append(svg('line', {
        x1: x(marker.week), x2: x(marker.week), y1: margin.top, y2: height - margin.bottom,
        stroke: marker.colour, 'stroke-width': marker.width || 3, 'stroke-dasharray': marker.dash || 'none',
        class: marker.className || '',
      }));
    }
    return root;
  }

  function chartBox(metric, now, chart) {
    const box = element('figure', { class: 'chart', 'data-metric': metric });
    const title = element('h3', {});
    if (now !== undefined) title.append(element('span', { class: 'now' }, now));
    title.append(element('span', { class: 'name' }, t('metric.' + metric)));
    box.append(title, element('p', { class: 'unit' }, t('metric.' + metric + '.unit')), chart);
    return box;
  }

  function drawHeadlineCharts() {
    $('headline-caption').textContent = t('headline.caption', state.run.replications, state.replication + 1, state.week);
    const boxes = state.run.headline.map((metric) => {
      const chart = lineChart(metric,
        [{ points: state.series[metric] || [], colour: BLUE, band: true, width: 2 }],
        state.path[metric] || [],
        [{ week: state.week, colour: ORANGE, width: 3 }]);
      return chartBox(metric, format(metric, state.data.metrics[metric]), chart);
    });
    $('charts').replaceChildren(...boxes);
  }

  // ---- forks ---------------------------------------------------------------------------------

  async function loadRules() {
    state.rules = await api('/api/rules');
    renderForkForm();
    if (!state.rules.ready) setTimeout(() => loadRules().catch(fail), 1000);
  }

  function renderForkForm() {
    if (!state.run) return;
    const from = state.week + 1;
    const atEnd = state.week >= state.weeks;
    $('fork-intro').textContent = atEnd ? t('fork.atEnd') : t('fork.intro', from, state.week);
    $('fork-submit').textContent = t('fork.submit', Math.min(from, state.weeks));
    const rules = state.rules;
    const select = $('fork-rule');
    const chosen = select.value;
    const available = rules ? rules.rules : [];
    if (select.options.length !== available.length || [...select.options].some((option, index) => option.value !== available[index].file)) {
      select.replaceChildren(...available.map((rule) => element('option', { value: rule.file }, rule.file)));
      if (available.some((rule) => rule.file === chosen)) select.value = chosen;
    }
    const selected = available.find((rule) => rule.file === select.value);
    $('fork-rule-names').textContent = selected ? selected.rules.map((name) => '“' + name + '”').join(', ') : '';
    let library = '';
    if (!rules || !rules.ready) library = t('fork.checking');
    else if (!available.length) library = t('fork.noRules', rules.folder);
    if (rules && rules.rejected.length) library += (library ? ' ' : '') + t('fork.rejected', rules.rejected.map((rule) => rule.file).join(', '));
    $('fork-library').textContent = library;
    const busy = state.fork && !['done', 'failed'].includes(state.fork.state);
    $('fork-submit').disabled = atEnd || !available.length || busy || Boolean(state.loading);
  }

  async function submitFork(event) {
    event.preventDefault();
    const rule = $('fork-rule').value;
    if (!rule || state.week >= state.weeks) return;
    const replications = Number.parseInt($('fork-replications').value, 10);
    const body = { week: state.week + 1, rules: [rule], variant: state.variant };
    if (Number.isInteger(replications)) body.replications = replications;
    const job = await api('/api/fork', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    state.fork = job;
    $('compare').hidden = true;
    $('compare').dataset.ready = 'false';
    showForkProgress(job);
    renderForkForm();
    pollFork(job.id);
  }

  function pollFork(id) {
    if (state.forkTimer) clearTimeout(state.forkTimer);
    state.forkTimer = setTimeout(async () => {
      try {
        const job = await api('/api/fork/' + encodeURIComponent(id));
        if (!state.fork || state.fork.id !== id) return;
        state.fork = job;
        showForkProgress(job);
        if (job.state === 'done') {
          drawComparison(job);
          renderForkForm();
        } else if (job.state === 'failed') {
          renderForkForm();
        } else {
          pollFork(id);
        }
      } catch (error) {
        fail(error);
      }
    }, 400);
  }

  function showForkProgress(job) {
    $('fork-progress').hidden = false;
    const bar = $('fork-bar');
    bar.max = Math.max(1, job.total);
    bar.value = job.finished;
    const text = {
      queued: t('fork.queued'),
      compiling: t('fork.compiling'),
      running: t('fork.running', job.finished, job.total),
      done: t('fork.done', job.replications),
      failed: t('fork.failed', job.error || ''),
    }[job.state] || job.state;
    $('fork-status').textContent = text;
    $('fork-status').classList.toggle('worse', job.state === 'failed');
  }

  function drawComparison(job) {
    const result = job.result;
    $('compare-heading').textContent = t('fork.compareHeading', job.rules, job.week);
    $('compare-caption').textContent = t('fork.compareCaption', job.variant, job.rules, job.week, job.replications);
    const boxes = state.run.headline.map((metric) => {
      const chart = lineChart(metric, [
        { points: result.recorded[metric] || [], colour: BLUE, band: true, bandOpacity: 0.14, width: 2.5 },
        { points: (result.forked[metric] || []).filter((point) => point[0] >= job.week - 1), colour: VERMILLION,
          band: true, bandOpacity: 0.14, width: 3, dash: '9 5' },
      ], null, [
        { week: job.week, colour: GREY, width: 2, dash: '3 3' },
        { week: state.week, colour: ORANGE, width: 3 },
      ]);
      return chartBox(metric, undefined, chart);
    });
    $('compare-charts').replaceChildren(...boxes);
    const diffs = state.run.headline.filter((metric) => result.vsRecorded[metric]).map((metric) => {
      const diff = result.vsRecorded[metric];
      const info = metricInfo(metric);
      let verdict = 'inconclusive';
      if (diff.low !== null && diff.high !== null) {
        if (diff.low > 0 || diff.high < 0) verdict = (diff.meanDiff > 0) === info.higherIsBetter ? 'better' : 'worse';
      }
      const item = element('li', { class: verdict });
      item.append(element('span', { class: 'verdict' }, t('fork.' + verdict)), element('br'));
      item.append(element('strong', {}, t('metric.' + metric) + ': '));
      item.append(document.createTextNode(t('fork.diff', result.finalWeek, formatChange(metric, diff.meanDiff),
        formatChange(metric, diff.low), formatChange(metric, diff.high))));
      return item;
    });
    if (result.newRuleFirings === 0) {
      // Zero differences are not news here: the added rules never acted, so say that instead.
      diffs.unshift(element('li', { class: 'inconclusive', id: 'fork-never-fired' }, t('fork.neverFired', job.rules, job.week)));
    }
    $('compare-diffs').replaceChildren(...diffs);
    $('compare').hidden = false;
    $('compare').dataset.ready = 'true';
    $('compare').dataset.fork = job.id;
  }

  // ---- wiring --------------------------------------------------------------------------------

  function wire() {
    $('first').addEventListener('click', () => { stop(); goTo(0).catch(fail); });
    $('back').addEventListener('click', () => { stop(); step(-1); });
    $('step').addEventListener('click', () => { stop(); step(1); });
    $('last').addEventListener('click', () => { stop(); goTo(state.weeks).catch(fail); });
    $('play').addEventListener('click', () => play());
    $('week-slider').addEventListener('input', (event) => { stop(); goTo(Number(event.target.value)).catch(fail); });
    $('jump').addEventListener('change', (event) => {
      const week = Number.parseInt(event.target.value, 10);
      if (Number.isInteger(week)) { stop(); goTo(week).catch(fail); }
    });
    $('variant').addEventListener('change', (event) => selectRun(event.target.value, state.replication).catch(fail));
    $('replication').addEventListener('change', (event) => selectRun(state.variant, Number(event.target.value)).catch(fail));
    $('colour').addEventListener('change', (event) => { state.colour = event.target.value; render(); });
    $('language').addEventListener('change', (event) => loadLanguage(event.target.value).then(render).catch(fail));
    $('fork-rule').addEventListener('change', () => renderForkForm());
    $('fork-form').addEventListener('submit', (event) => submitFork(event).catch(fail));
    document.addEventListener('keydown', (event) => {
      const tag = event.target && event.target.tagName;
      if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || event.altKey || event.ctrlKey || event.metaKey) return;
      if (tag === 'BUTTON' && (event.key === ' ' || event.key === 'Enter')) return; // the button's own click does it
      if (state.loading || !state.data) return;
      if (event.key === ' ') { event.preventDefault(); play(); }
      else if (event.key === 'ArrowRight') { event.preventDefault(); stop(); step(1); }
      else if (event.key === 'ArrowLeft') { event.preventDefault(); stop(); step(-1); }
      else if (event.key === 'Home') { event.preventDefault(); stop(); goTo(0).catch(fail); }
      else if (event.key === 'End') { event.preventDefault(); stop(); goTo(state.weeks).catch(fail); }
    });
  }

  async function start() {
    wire();
    setControls(false);
    state.run = await api('/api/run');
    // The address may name a starting point: ?lang=nl&variant=V&replication=R&week=N&colour=stress
    const params = new URLSearchParams(window.location.search);
    const asked = params.get('lang');
    const variant = params.get('variant');
    state.variant = state.run.variants.some((v) => v.name === variant) ? variant : state.run.baseline;
    const replication = Number.parseInt(params.get('replication'), 10);
    const replicationIndex = Number.isInteger(replication) && replication >= 1 && replication <= state.run.replications
      ? replication - 1 : 0;
    const week = Number.parseInt(params.get('week'), 10);
    if (Number.isInteger(week) && week >= 0 && week <= state.run.weeks) state.week = week;
    if (state.run.colourMetrics.includes(params.get('colour')) || params.get('colour') === SEGMENT_COLOUR) state.colour = params.get('colour');
    state.weeks = state.run.weeks;
    $('fork-replications').value = String(Math.min(state.run.replications, state.run.maxForkReplications));
    $('fork-replications').max = String(state.run.maxForkReplications);
    await loadLanguage(state.run.languages.includes(asked) ? asked : state.run.language);
    loadRules().catch(fail);
    await selectRun(state.variant, replicationIndex);
    document.body.dataset.ready = 'true';
  }

  start().catch(fail);
})();
