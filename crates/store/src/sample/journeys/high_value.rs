//! High-value: a dedicated manager sells the bundle, then loses sight of it as soon as the
//! silos take over; the customer ends up in the mass-market queue.

use super::super::segments::HIGH_VALUE;
use super::*;

pub(super) const JOURNEY: JourneySpec = JourneySpec {
    segment: HIGH_VALUE,
    name: "Premium home office with a dedicated manager",
    description: "As-is journey of a business owner who buys four mobile lines, business-grade \
        broadband with a static IP, IPTV and a fixed line for her home office through her \
        dedicated account manager. The manager owns the sale but not the activation: dates \
        slip, numbers port one by one and the bills go to the wrong accounts.",
    steps: STEPS,
};

#[rustfmt::skip]
const STEPS: &[StepSpec] = &[
    // Discover
    front(DISCOVER, CALL_OUT, "Account management", 2, 1, "Her account manager proposes the premium bundle")
        .says("The manager calls with an offer: four mobile lines, 1 Gbit/s broadband with a static IP, \
               IPTV and a fixed line on one contract.")
        .opps(&["Proactive offers from a manager who knows the account"]),
    act(DISCOVER, MAIL, "Account management", 1, 2, "Reviews the written proposal")
        .says("She checks the price per line and the service levels in the proposal e-mail.")
        .pains(&["Service levels for the home-office line are 'to be confirmed'"]),
    // Choose
    act(CHOOSE, CENTRE, "Account management", 1, 2, "Meets the manager at the business service centre")
        .says("A 20-minute meeting between two appointments to settle the options."),
    front(CHOOSE, CENTRE, "Account management", 0, 3, "The manager cannot commit to an installation date")
        .says("He promises 'about five working days' for everything.")
        .pains(&["The manager has no view of the Broadband OSS or the technicians' calendar"])
        .opps(&["Give the dedicated manager a view of every silo and the field calendar"]),
    // Order
    front(ORDER, CENTRE, "Account management", 1, 2, "Signs one contract; the manager keys the order")
        .says("The manager enters the mobile lines in the business CRM and the home services in the consumer one.")
        .pains(&["Company details are keyed again for the home-office line"])
        .opps(&["One standard order for business and home services (Orange)"])
        .task("sale"),
    back(ORDER, "CRM / order management", -1, 2, "Multi-line order held two days for credit review")
        .says("Orders above four lines go to a manual credit review queue.")
        .pains(&["Nobody tells the customer or the manager about the hold"])
        .opps(&["Pre-approve credit for known business accounts"])
        .task("credit-check"),
    // Activate
    front(ACTIVATE, CALL_OUT, "Mobile BSS", -1, 3, "Mobile back office asks again for the numbers to port")
        .says("An agent she has never spoken to calls to collect the four porting authorisations.")
        .pains(&["Details already given to her manager; the back office cannot see them"])
        .opps(&["Collect the porting details once, at signing, for every line"])
        .task("mob-details-call"),
    back(ACTIVATE, "Mobile BSS", -2, 2, "Four numbers ported one by one")
        .says("Each number is ported as a separate request on a different day.")
        .pains(&["Her business line is unreachable for a working day"])
        .opps(&["Port all lines of an account together, out of business hours"])
        .task("mob-porting"),
    dept(ACTIVATE, "Broadband OSS", -2, 2, "Static IP needs a separate feasibility check")
        .says("Business-grade options go through a manual feasibility check in the Broadband OSS.")
        .pains(&["The check takes a week: the promised five days are gone before a visit is booked"])
        .opps(&["Check feasibility at the quote, not after the order"])
        .task("bb-feasibility"),
    front(ACTIVATE, TECH, "Field service", -2, 4, "Broadband technician visit between meetings")
        .says("The technician installs the business router; the TV and the fixed line are not on his order.")
        .pains(&["Cancels two meetings to be at home for the technician visit"])
        .opps(&["A timed appointment for premium customers, one visit for every service"])
        .task("bb-tech-visit"),
    front(ACTIVATE, TECH, "Field service", -3, 4, "A second technician comes for the fixed line")
        .says("The following week, another technician wires the landline to the same socket.")
        .pains(&["A second technician visit for work the first one could have done"])
        .opps(&["One access line and one visit for every service (Verizon)"])
        .task("fix-tech-visit"),
    act(ACTIVATE, CALL_IN, "Call centre", -3, 5, "Her manager is unreachable; she queues on the general hotline")
        .says("Day 17: the fixed line is still dead and the manager is on leave.")
        .pains(&["25 minutes on hold on the mass-market line, like every other customer",
                 "Her manager learns of the delay from her, not from the system"])
        .opps(&["The dedicated manager owns the order end to end and calls first when a date slips"])
        .task("fix-chase"),
    // Use
    act(USE, APP, "IPTV platform", 2, 1, "Home office and TV finally running")
        .says("The line is fast and stable; video calls and the TV work in parallel."),
    front(USE, BILL, "Billing", -2, 3, "Two bills to two accounts, one with the wrong VAT details")
        .says("The mobiles bill the company; broadband, TV and the landline bill her personally.")
        .pains(&["Her accountant cannot reclaim VAT on the home-office line"])
        .opps(&["One business bill for the whole bundle (Verizon)"])
        .task("bills-received"),
    // Support
    act(SUPPORT, MAIL, "Account management", -2, 3, "E-mails her manager to fix the bills")
        .says("The manager forwards the e-mail to Billing and promises an answer in two days.")
        .pains(&["The manager can escalate but cannot correct a bill himself"])
        .opps(&["Let the dedicated manager fix the account directly"])
        .task("bill-query"),
    dept(SUPPORT, "Billing", -2, 2, "Billing and Broadband wait for each other to move the account")
        .says("Billing needs Broadband to re-register the line under the company; each waits for the other.")
        .pains(&["Nobody owns the complaint across silos; it takes three weeks and two more calls"])
        .opps(&["Services built around the bundle (StarHub): one account, one owner"]),
    // Renew
    front(RENEW, CALL_OUT, "Account management", 1, 1, "The manager reviews the account before renewal")
        .says("A quarterly review call, with an apology and a credit for the installation delay.")
        .opps(&["Premium care after the sale: priority repair and one number for everything"]),
    act(RENEW, MAIL, "Account management", 0, 2, "Asks a competitor for a business quote")
        .says("Before renewing she asks a rival for a quote with one account manager and one bill.")
        .pains(&["Time lost during activation weighs more than the price"])
        .opps(&["Tier the service by value: premium customers get one owner and timed visits"]),
];
