//! Young digital: the app sells the mobile in minutes, then the home services drag the
//! customer onto the phone and into waiting at home — close to cancelling within ten days.

use super::super::segments::YOUNG_DIGITAL;
use super::*;

pub(super) const JOURNEY: JourneySpec = JourneySpec {
    segment: YOUNG_DIGITAL,
    name: "Switch to the bundle in the app",
    description: "As-is journey of a 26-year-old sharing a flat, who wants mobile, fast broadband \
        and IPTV streaming without ever calling anyone. The mobile part is instant in the app; \
        broadband and TV fall back to phone calls, a weekday technician slot and a second bill.",
    steps: STEPS,
};

#[rustfmt::skip]
const STEPS: &[StepSpec] = &[
    // Discover
    act(DISCOVER, APP, "Marketing", 2, 1, "Spots the bundle offer in the operator's app")
        .says("A banner in the app offers mobile, broadband and IPTV streaming for one monthly price.")
        .opps(&["Personalise the offer with what the app already knows about her data use"]),
    front(DISCOVER, WEB, "Marketing", 1, 2, "Reads the bundle page and the reviews")
        .says("She checks speeds, the TV app and what other customers say about installation.")
        .pains(&["Broadband availability at the address is shown only after an account is created"])
        .opps(&["An address check in one tap, before any personal details"]),
    // Choose
    act(CHOOSE, APP, "CRM / order management", 1, 2, "Configures plan, speed and TV pack on her phone")
        .says("She picks unlimited data, 300 Mbit/s broadband and the streaming TV pack; no fixed line."),
    front(CHOOSE, WEB, "CRM / order management", -1, 3, "The app cannot sell the bundle; the website must")
        .says("The app sells mobile plans only; the bundle configurator is a separate web journey.")
        .pains(&["Starts again on the website and retypes everything she chose in the app"])
        .opps(&["One entry point in the app for every service (Telstra)"]),
    // Order
    front(ORDER, WEB, "CRM / order management", -1, 3, "Orders online, then must confirm by phone")
        .says("The web order goes through, but the broadband part needs a call-back to 'confirm'.")
        .pains(&["A call-back to confirm the broadband: a channel switch she did not ask for",
                 "The call comes during work; she misses it twice"])
        .opps(&["Complete and sign the whole bundle order online"])
        .task("sale"),
    back(ORDER, "CRM / order management", 0, 1, "Instant credit check, then the order is split")
        .says("The credit check passes in seconds; the order is split into mobile, broadband and TV orders.")
        .task("credit-check"),
    dept(ORDER, "Mobile BSS", 1, 1, "Mobile BSS takes its part of the order in minutes")
        .says("The mobile order is fully automated and issues an eSIM.")
        .task("mob-order-entry"),
    // Activate
    act(ACTIVATE, APP, "Mobile BSS", 2, 1, "Activates the eSIM in the app the same day")
        .says("Scan a code, wait two minutes, done: the best moment of the journey.")
        .opps(&["Use the mobile activation as the model for the home services"])
        .task("mob-activation"),
    back(ACTIVATE, "Mobile BSS", -2, 3, "Number porting fails on a mismatched date of birth")
        .says("The donor operator rejects the porting request; it is resubmitted by hand.")
        .pains(&["Two days without her old number; an SMS tells her to call the hotline"])
        .opps(&["Validate porting details in the app while she is still ordering"])
        .task("mob-porting"),
    front(ACTIVATE, CALL_OUT, "Broadband OSS", -2, 3, "Broadband phones to book a technician in work hours")
        .says("The broadband back office calls from an unknown number to book the installation.")
        .pains(&["Three missed calls from a withheld number; no way to pick a slot in the app"])
        .opps(&["Self-service visit booking in the app, with evening and Saturday slots"])
        .task("bb-schedule-call"),
    front(ACTIVATE, TECH, "Field service", -3, 4, "Waits in all morning for the technician")
        .says("The first slot is cancelled the evening before; the second technician arrives at noon.")
        .pains(&["Half a day off work for a four-hour slot, twice, because the first visit was moved"])
        .opps(&["A live technician tracker and a self-install kit where the line allows it"])
        .task("bb-tech-visit"),
    act(ACTIVATE, APP, "Call centre", -3, 4, "App chat cannot see the broadband order; she has to call")
        .says("The chat bot knows only her mobile; the hotline asks for the broadband order number.")
        .pains(&["Sixth contact in nine days: close to cancelling",
                 "Repeats the order details the website already has"])
        .opps(&["One order status for every service in the app (Telstra: one entry point)"])
        .task("bb-chase"),
    front(ACTIVATE, CALL_IN, "IPTV platform", -3, 4, "Calls to get the TV streaming login activated")
        .says("The IPTV account is created only after an agent reads out an activation code.")
        .pains(&["A phone call, just to read out a code, for a streaming service"])
        .opps(&["Activate the TV login automatically when the broadband line goes live"])
        .task("tv-stb-call"),
    // Use
    act(USE, APP, "IPTV platform", 2, 1, "Streams and games on fast broadband")
        .says("Once connected, speed and the TV app are as good as advertised."),
    front(USE, MAIL, "Billing", -1, 2, "Two e-bills arrive, from Mobile and from Broadband & TV")
        .says("The first month brings two bills with two logins and two payment dates.")
        .pains(&["Two accounts to pay; the bundle discount appears on neither bill"])
        .opps(&["One bill for the bundle, shown in the app (Verizon)"])
        .task("bills-received"),
    // Support
    act(SUPPORT, APP, "Call centre", -2, 3, "Reports slow Wi-Fi in the app; the ticket closes unsolved")
        .says("Evening speeds drop; the ticket is marked resolved after a remote test, with no contact.")
        .pains(&["Ticket closed without asking her: no feedback loop"])
        .opps(&["Keep the ticket open until the customer confirms the fix"]),
    dept(SUPPORT, "Broadband OSS", -1, 2, "Broadband OSS closes the ticket on a remote line test")
        .says("The line tests fine from the exchange; the Wi-Fi in the flat is nobody's job.")
        .pains(&["The router belongs to Broadband, the complaint to the call centre: nobody owns it"])
        .opps(&["One team owns in-home connectivity across broadband and TV"]),
    // Renew
    front(RENEW, SMS, "Marketing", 0, 1, "Gets a generic upgrade SMS")
        .says("The contract-end SMS offers a bigger bundle with a landline and a longer term.")
        .pains(&["The offer pushes a fixed line she never asked for"])
        .opps(&["Renewal offers built from her actual use: data, streaming, no landline"]),
    act(RENEW, WEB, "Marketing", -2, 2, "Posts her installation story and compares rivals")
        .says("She reviews the operator online and prices a SIM-only deal plus another broadband provider.")
        .pains(&["Low patience: one more bad contact and she ports out"])
        .opps(&["Follow up after activation and fix what went wrong before renewal"]),
];
