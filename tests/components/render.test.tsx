// @vitest-environment node
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { BackLink } from "@/components/back-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Button } from "@/components/button";
import { ButtonGroup } from "@/components/button-group";
import { Checkboxes } from "@/components/checkboxes";
import { DateInput, dateInputErrorTarget, dateInputNames } from "@/components/date-input";
import { Details } from "@/components/details";
import { ErrorMessage } from "@/components/error-message";
import { ErrorSummary } from "@/components/error-summary";
import { Fieldset } from "@/components/fieldset";
import { Footer } from "@/components/footer";
import { errorSummaryItems, hasFieldErrors, pageTitleWithErrors } from "@/components/form-errors";
import { Header } from "@/components/header";
import { Hint } from "@/components/hint";
import { InsetText } from "@/components/inset-text";
import { NotificationBanner } from "@/components/notification-banner";
import { PageHeading } from "@/components/page-heading";
import { Pagination, paginationEntries } from "@/components/pagination";
import { Panel } from "@/components/panel";
import { PhaseBanner } from "@/components/phase-banner";
import { Radios } from "@/components/radios";
import { Select } from "@/components/select";
import { SkipLink } from "@/components/skip-link";
import { SummaryCard } from "@/components/summary-card";
import { SummaryList } from "@/components/summary-list";
import { Table } from "@/components/table";
import { Tag } from "@/components/tag";
import { TaskList } from "@/components/task-list";
import { Textarea } from "@/components/textarea";
import { TextInput } from "@/components/text-input";
import { WarningText } from "@/components/warning-text";

const render = (element: ReactElement) => renderToStaticMarkup(element);

/** The opening tag of the element with this id (attributes in any order). */
function tagWithId(html: string, id: string): string {
  const match = new RegExp(`<[a-z0-9]+\\b[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!match) throw new Error(`No element with id="${id}" in: ${html}`);
  return match[0];
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function describedBy(html: string, id: string): string[] {
  return (attr(tagWithId(html, id), "aria-describedby") ?? "").split(" ").filter(Boolean);
}

function count(html: string, pattern: RegExp): number {
  return html.match(new RegExp(pattern.source, "g"))?.length ?? 0;
}

describe("page furniture", () => {
  it("skip link targets main content", () => {
    const html = render(<SkipLink />);
    expect(html).toContain('href="#main-content"');
    expect(html).toContain("Skip to main content");
    expect(html).toContain("sr-only");
    expect(html).toContain("focus:not-sr-only");
  });

  it("header links the service name home, marks the current nav item and posts sign out", () => {
    const html = render(
      <Header
        serviceName="Family Hubs and Start for Life"
        navigation={[
          { href: "/plans", text: "Plans", current: true },
          { href: "/reports", text: "Reports" },
        ]}
        userName="Sam Smith"
        signOutAction="/api/auth/signout"
        signOutHiddenFields={{ csrfToken: "abc" }}
      />,
    );
    expect(html).toMatch(/^<header/);
    expect(html).toMatch(/<a href="\/"[^>]*>Family Hubs and Start for Life<\/a>/);
    expect(html).toContain('<nav aria-label="Menu"');
    expect(html).toMatch(/<a href="\/plans" aria-current="page"/);
    expect(html).not.toMatch(/<a href="\/reports" aria-current/);
    expect(html).toContain("Sam Smith");
    expect(html).toMatch(/<form action="\/api\/auth\/signout" method="post">/);
    expect(html).toContain('<input type="hidden" name="csrfToken" value="abc"/>');
    expect(html).toMatch(/<button type="submit"[^>]*>Sign out<\/button>/);
  });

  it("header without a user has no sign-out form", () => {
    const html = render(<Header serviceName="Service" />);
    expect(html).not.toContain("<form");
    expect(html).not.toContain("<nav");
  });

  it("phase banner shows the Beta tag and feedback link", () => {
    const html = render(<PhaseBanner feedbackHref="/feedback" />);
    expect(html).toMatch(/<strong[^>]*>Beta<\/strong>/);
    expect(html).toContain('<a href="/feedback">give your feedback</a>');
  });

  it("footer has support links, licence and crown copyright", () => {
    const html = render(<Footer />);
    expect(html).toMatch(/^<footer/);
    for (const [href, text] of [
      ["/accessibility", "Accessibility statement"],
      ["/privacy", "Privacy"],
      ["/cookies", "Cookies"],
    ]) {
      expect(html).toMatch(new RegExp(`<a href="${href}"[^>]*>${text}</a>`));
    }
    expect(html).toContain("Open Government Licence v3.0");
    expect(html).toContain('rel="license"');
    expect(html).toContain("© Crown copyright");
  });

  it("breadcrumbs are an ordered list in a labelled nav, current page unlinked", () => {
    const html = render(<Breadcrumbs items={[{ text: "Home", href: "/" }, { text: "Plans", href: "/plans" }, { text: "2025 plan" }]} />);
    expect(html).toContain('<nav aria-label="Breadcrumb"');
    expect(count(html, /<li/)).toBe(3);
    expect(html).toContain('<span aria-current="page">2025 plan</span>');
  });

  it("back link", () => {
    expect(render(<BackLink href="/previous" />)).toMatch(/<a href="\/previous"[^>]*>Back<\/a>/);
  });

  it("page heading puts the caption inside the h1", () => {
    const html = render(<PageHeading caption="Your plan">Family hub services</PageHeading>);
    expect(html).toMatch(/^<h1 class="govuk-heading-l"><span class="govuk-caption-l">Your plan<\/span>Family hub services<\/h1>$/);
  });
});

describe("buttons", () => {
  it("renders a submit button with name and value", () => {
    const html = render(
      <Button name="action" value="save">
        Save and continue
      </Button>,
    );
    expect(html).toMatch(/^<button type="submit"/);
    expect(html).toContain('name="action"');
    expect(html).toContain('value="save"');
    expect(html).toContain("bg-govuk-button");
  });

  it("renders secondary and warning variants", () => {
    expect(render(<Button variant="secondary" type="button">Cancel</Button>)).toContain("bg-govuk-secondary-button");
    expect(render(<Button variant="warning">Delete</Button>)).toContain("bg-govuk-warning-button");
  });

  it("renders a link button with role=button", () => {
    const html = render(
      <Button href="/start" isStartButton>
        Start now
      </Button>,
    );
    expect(html).toMatch(/^<a href="\/start" role="button" draggable="false"/);
    expect(html).toContain('aria-hidden="true"');
  });

  it("button group wraps children", () => {
    const html = render(
      <ButtonGroup>
        <Button>Save</Button>
        <a href="/cancel">Cancel</a>
      </ButtonGroup>,
    );
    expect(html).toContain('<a href="/cancel">Cancel</a>');
  });
});

describe("form fields", () => {
  it("text input ties label, hint and error to the input", () => {
    const html = render(
      <TextInput id="hub-name" name="hubName" label="Hub name" hint="As families know it" error="Enter the hub name" defaultValue="x" autoComplete="off" />,
    );
    expect(html).toMatch(/<label[^>]*for="hub-name"[^>]*>Hub name<\/label>/);
    const input = tagWithId(html, "hub-name");
    expect(input).toMatch(/^<input/);
    expect(attr(input, "name")).toBe("hubName");
    expect(attr(input, "aria-invalid")).toBe("true");
    expect(attr(input, "autoComplete")).toBe("off");
    expect(describedBy(html, "hub-name")).toEqual(["hub-name-hint", "hub-name-error"]);
    expect(tagWithId(html, "hub-name-hint")).toMatch(/^<div/);
    expect(html).toMatch(/<p id="hub-name-error"[^>]*><span class="sr-only">Error:<\/span> Enter the hub name<\/p>/);
    expect(html).toContain("border-govuk-error");
  });

  it("text input without hint or error has no aria-describedby, and keeps a caller's", () => {
    expect(describedBy(render(<TextInput id="a" name="a" label="A" />), "a")).toEqual([]);
    expect(describedBy(render(<TextInput id="b" name="b" label="B" aria-describedby="extra" hint="h" />), "b")).toEqual(["extra", "b-hint"]);
  });

  it("label can be the page heading", () => {
    const html = render(<TextInput id="email" name="email" type="email" label="What is your email address?" labelAsHeading />);
    expect(html).toMatch(/<h1 class="m-0"><label[^>]*for="email"/);
    expect(html).toContain('type="email"');
  });

  it("passes refs and handlers through (react-hook-form register)", () => {
    const ref = () => undefined;
    const html = render(<TextInput id="n" label="N" name="n" ref={ref} onChange={() => undefined} onBlur={() => undefined} />);
    expect(tagWithId(html, "n")).toContain('name="n"');
  });

  it("prefix and suffix are hidden from screen readers", () => {
    const html = render(<TextInput id="cost" name="cost" label="Cost" prefix="£" suffix="per item" width={5} />);
    expect(html).toContain('<div aria-hidden="true"');
    expect(html).toContain("£");
  });

  it("textarea", () => {
    const html = render(<Textarea id="more" name="more" label="More detail" hint="Do not include personal information" error="Enter more detail" />);
    expect(html).toMatch(/<label[^>]*for="more"/);
    expect(tagWithId(html, "more")).toMatch(/^<textarea/);
    expect(describedBy(html, "more")).toEqual(["more-hint", "more-error"]);
  });

  it("select", () => {
    const html = render(
      <Select
        id="la"
        name="la"
        label="Local authority"
        defaultValue="b"
        options={[
          { value: "", text: "Choose a local authority" },
          { value: "a", text: "A" },
          { value: "b", text: "B" },
        ]}
        hint="hint"
      />,
    );
    expect(html).toMatch(/<label[^>]*for="la"/);
    expect(tagWithId(html, "la")).toMatch(/^<select/);
    expect(describedBy(html, "la")).toEqual(["la-hint"]);
    expect(html).toContain('<option value="b" selected="">B</option>');
  });

  it("date input: fieldset with legend, nested part names, highlighted parts", () => {
    const html = render(
      <DateInput
        id="dob"
        name="dob"
        legend="What is your date of birth?"
        legendAsHeading
        hint="For example, 27 3 2007"
        error="Date of birth must include a year"
        errorParts={["year"]}
        defaultValue={{ day: "27", month: "3" }}
        autoComplete="bday"
      />,
    );
    const fieldset = tagWithId(html, "dob");
    expect(fieldset).toMatch(/^<fieldset/);
    expect(attr(fieldset, "role")).toBe("group");
    expect(describedBy(html, "dob")).toEqual(["dob-hint", "dob-error"]);
    expect(html).toMatch(/<legend[^>]*><h1[^>]*>What is your date of birth\?<\/h1><\/legend>/);
    for (const part of ["day", "month", "year"] as const) {
      const input = tagWithId(html, `dob-${part}`);
      expect(attr(input, "name")).toBe(`dob.${part}`);
      expect(attr(input, "inputMode")).toBe("numeric");
      expect(attr(input, "autoComplete")).toBe(`bday-${part}`);
      expect(html).toMatch(new RegExp(`<label for="dob-${part}"`));
    }
    expect(attr(tagWithId(html, "dob-day"), "value")).toBe("27");
    expect(attr(tagWithId(html, "dob-year"), "aria-invalid")).toBe("true");
    expect(attr(tagWithId(html, "dob-day"), "aria-invalid")).toBeUndefined();
    expect(tagWithId(html, "dob-year")).toContain("border-govuk-error");
    expect(tagWithId(html, "dob-day")).not.toContain("border-govuk-error");
    expect(dateInputNames("dob")).toEqual({ day: "dob.day", month: "dob.month", year: "dob.year" });
    expect(dateInputErrorTarget("dob", ["year"])).toBe("#dob-year");
    expect(dateInputErrorTarget("dob")).toBe("#dob-day");
  });

  it("date input highlights every part when no parts are named", () => {
    const html = render(<DateInput id="d" name="d" legend="Date" error="Enter a date" />);
    for (const part of ["day", "month", "year"]) expect(tagWithId(html, `d-${part}`)).toContain("border-govuk-error");
  });

  it("radios: fieldset/legend, ids, hints, conditional reveal, default value", () => {
    const html = render(
      <Radios
        id="contact"
        name="contact"
        legend="How should we contact you?"
        hint="Select one option"
        error="Select how we should contact you"
        defaultValue="phone"
        items={[
          { value: "email", label: "Email", hint: "We reply in 5 days", conditional: <p>Email address</p> },
          { value: "phone", label: "Phone" },
          { divider: "or" },
          { value: "none", label: "Do not contact me" },
        ]}
      />,
    );
    expect(html).toMatch(/<fieldset[^>]*aria-describedby="contact-hint contact-error"/);
    expect(html).toMatch(/<legend[^>]*>How should we contact you\?<\/legend>/);
    expect(tagWithId(html, "contact")).toContain('value="email"');
    expect(tagWithId(html, "contact-2")).toContain('value="phone"');
    expect(tagWithId(html, "contact-3")).toContain('value="none"');
    expect(tagWithId(html, "contact-2")).toContain('checked=""');
    expect(tagWithId(html, "contact")).not.toContain("checked");
    expect(count(html, /type="radio"/)).toBe(3);
    expect(count(html, /name="contact"/)).toBe(3);
    for (const id of ["contact", "contact-2", "contact-3"]) expect(html).toMatch(new RegExp(`<label for="${id}"`));
    expect(describedBy(html, "contact")).toEqual(["contact-item-hint"]);
    expect(html).toContain('id="conditional-contact"');
    expect(html).toContain("data-govuk-conditional-content");
    expect(html).toContain(">or</div>");
  });

  it("checkboxes: multiple defaults; stand-alone checkbox describes itself", () => {
    const group = render(
      <Checkboxes
        id="services"
        name="services"
        legend="Which services do you offer?"
        defaultValue={["a", "c"]}
        items={[
          { value: "a", label: "A" },
          { value: "b", label: "B" },
          { value: "c", label: "C" },
        ]}
      />,
    );
    expect(group).toContain("<fieldset");
    expect(count(group, /type="checkbox"/)).toBe(3);
    expect(count(group, /checked=""/)).toBe(2);

    const single = render(
      <Checkboxes id="confirm" name="confirm" hint="You must agree" error="Confirm the details are correct" items={[{ value: "yes", label: "I confirm" }]} />,
    );
    expect(single).not.toContain("<fieldset");
    expect(describedBy(single, "confirm")).toEqual(["confirm-hint", "confirm-error"]);
  });

  it("fieldset, hint and error message primitives", () => {
    const html = render(
      <Fieldset legend="Address" describedBy="addr-hint">
        <Hint id="addr-hint">Your address</Hint>
        <ErrorMessage id="addr-error">Enter an address</ErrorMessage>
      </Fieldset>,
    );
    expect(html).toMatch(/^<fieldset aria-describedby="addr-hint"/);
    expect(html).toContain('<span class="sr-only">Error:</span> Enter an address');
  });
});

describe("errors", () => {
  it("errorSummaryItems follows the given order, then the rest, skipping empty messages", () => {
    const items = errorSummaryItems(
      { email: "Enter an email address", name: "Enter your name", phone: undefined, dob: "Enter a date", extra: "" },
      ["name", "dob", "email"],
      { dob: "#dob-day" },
    );
    expect(items).toEqual([
      { href: "#name", text: "Enter your name" },
      { href: "#dob-day", text: "Enter a date" },
      { href: "#email", text: "Enter an email address" },
    ]);
    expect(errorSummaryItems({ b: "B", a: "A" })).toEqual([
      { href: "#b", text: "B" },
      { href: "#a", text: "A" },
    ]);
    expect(hasFieldErrors({ a: undefined })).toBe(false);
    expect(hasFieldErrors({ a: "x" })).toBe(true);
    expect(pageTitleWithErrors("Your details", true)).toBe("Error: Your details");
  });

  it("error summary: heading, focusable, links to field ids, no alert role", () => {
    const html = render(<ErrorSummary errors={errorSummaryItems({ "hub-name": "Enter the hub name", dob: "Enter a date" }, [], { dob: "#dob-day" })} />);
    const summary = tagWithId(html, "error-summary");
    expect(attr(summary, "tabindex")).toBe("-1");
    expect(html).not.toContain('role="alert"');
    expect(html).toMatch(/<h2[^>]*>There is a problem<\/h2>/);
    expect(html).toMatch(/<a href="#hub-name"[^>]*>Enter the hub name<\/a>/);
    expect(html).toMatch(/<a href="#dob-day"[^>]*>Enter a date<\/a>/);
  });

  it("error summary renders nothing without errors", () => {
    expect(render(<ErrorSummary errors={[]} />)).toBe("");
  });
});

describe("content components", () => {
  it("summary list with change links carrying hidden context", () => {
    const html = render(
      <SummaryList
        rows={[
          { key: "Name", value: "Sam", actions: [{ href: "/name", text: "Change", visuallyHiddenText: "name" }] },
          { key: "Date of birth", value: "1 January 1990" },
        ]}
      />,
    );
    expect(html).toMatch(/^<dl/);
    expect(count(html, /<dt/)).toBe(2);
    expect(html).toContain('<a href="/name">Change<span class="sr-only"> name</span></a>');
  });

  it("summary card has a title heading and actions with card context", () => {
    const html = render(
      <SummaryCard title="Family hub A" titleText="Family hub A" actions={[{ href: "/hubs/a/delete", text: "Delete" }]}>
        <SummaryList rows={[{ key: "Address", value: "1 High Street" }]} />
      </SummaryCard>,
    );
    expect(html).toMatch(/<h2[^>]*>Family hub A<\/h2>/);
    expect(html).toContain('<a href="/hubs/a/delete">Delete<span class="sr-only"> (Family hub A)</span></a>');
    expect(html).toContain("<dl");
  });

  it("task list shows every status and describes links by hint and status", () => {
    const html = render(
      <TaskList
        idPrefix="plan"
        items={[
          { title: "Hub details", href: "/hub", hint: "Opening times", status: "Completed" },
          { title: "Services", href: "/services", status: "In progress" },
          { title: "Outreach", href: "/outreach", status: "Not started" },
          { title: "Feedback", href: "/feedback", status: "Changes requested" },
          { title: "Submit", href: "/submit", status: "Cannot start yet" },
        ]}
      />,
    );
    for (const status of ["Completed", "In progress", "Not started", "Changes requested", "Cannot start yet"]) {
      expect(html).toContain(`>${status}</`);
    }
    expect(html).toMatch(/<a href="\/hub" aria-describedby="plan-1-hint plan-1-status"/);
    expect(html).toMatch(/<a href="\/services" aria-describedby="plan-2-status"/);
    expect(html).not.toContain('href="/submit"');
    expect(html).toMatch(/<div id="plan-1-status"[^>]*>Completed<\/div>/);
    expect(html).toMatch(/<strong[^>]*>In progress<\/strong>/);
  });

  it("tags in every colour", () => {
    const html = render(
      <>
        {(["grey", "green", "turquoise", "blue", "light-blue", "purple", "pink", "red", "orange", "yellow"] as const).map((colour) => (
          <Tag key={colour} colour={colour}>
            {colour}
          </Tag>
        ))}
      </>,
    );
    expect(count(html, /<strong/)).toBe(10);
    expect(html).toContain("bg-govuk-tag-light-blue-bg");
  });

  it("table has caption, column and row headers, numeric alignment", () => {
    const html = render(
      <Table
        caption="Funding by quarter"
        head={["Quarter", { text: "Amount", numeric: true }]}
        rows={[
          ["Q1", "£1,000"],
          ["Q2", "£2,500"],
        ]}
        firstCellIsHeader
      />,
    );
    expect(html).toMatch(/<caption[^>]*>Funding by quarter<\/caption>/);
    expect(count(html, /<th scope="col"/)).toBe(2);
    expect(count(html, /<th scope="row"/)).toBe(2);
    expect(count(html, /<td class="[^"]*text-right/)).toBe(2);
  });

  it("notification banners: neutral region, success alert, both labelled", () => {
    const neutral = render(<NotificationBanner heading="You have 7 days left">More text</NotificationBanner>);
    expect(neutral).toMatch(/role="region" aria-labelledby="notification-banner-title"/);
    expect(neutral).toMatch(/<h2 id="notification-banner-title"[^>]*>Important<\/h2>/);
    const success = render(<NotificationBanner variant="success" id="saved" heading="Plan saved" />);
    expect(success).toMatch(/role="alert" aria-labelledby="saved-title" tabindex="-1"/);
    expect(success).toContain(">Success</h2>");
  });

  it("panel, inset text, warning text, details", () => {
    expect(render(<Panel title="Application complete">Reference <strong>HDJ2123F</strong></Panel>)).toMatch(/<h1[^>]*>Application complete<\/h1>/);
    expect(render(<InsetText>Note</InsetText>)).toContain("border-l-[10px]");
    const warning = render(<WarningText>You can be fined</WarningText>);
    expect(warning).toContain('<span class="sr-only">Warning</span>You can be fined');
    expect(warning).toContain('aria-hidden="true"');
    const details = render(<Details summary="Help with nationality">Text</Details>);
    expect(details).toMatch(/^<details[^>]*><summary/);
    expect(details).toContain("Help with nationality");
  });

  it("pagination: prev/next, numbered links, current page, ellipses", () => {
    expect(paginationEntries(5, 10)).toEqual([1, "ellipsis", 4, 5, 6, "ellipsis", 10]);
    expect(paginationEntries(1, 3)).toEqual([1, 2, 3]);
    const html = render(<Pagination currentPage={5} totalPages={10} hrefForPage={(page) => `/list?page=${page}`} />);
    expect(html).toContain('<nav aria-label="Pagination"');
    expect(html).toMatch(/<a href="\/list\?page=4" rel="prev"/);
    expect(html).toMatch(/<a href="\/list\?page=6" rel="next"/);
    expect(html).toMatch(/<a href="\/list\?page=5" aria-label="Page 5" aria-current="page"/);
    expect(html).toContain('Previous<span class="sr-only"> page</span>');
    expect(count(html, /⋯/)).toBe(2);
    expect(render(<Pagination currentPage={1} totalPages={1} hrefForPage={() => "/"} />)).toBe("");
  });
});
