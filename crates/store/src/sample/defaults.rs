//! The default stages and channels (domain.md: the finer stage split and the BT channels).

use touchmap_model::{Channel, ChannelKind, Stage};

use super::{channel_id, stage_id};

pub const STAGES: [&str; 7] = [
    "Discover", "Choose", "Order", "Activate", "Use", "Support", "Renew",
];

pub const CHANNELS: [(&str, ChannelKind); 12] = [
    ("Shop", ChannelKind::FaceToFace),
    ("Service centre", ChannelKind::FaceToFace),
    ("Technician at home", ChannelKind::FaceToFace),
    ("Phone (inbound)", ChannelKind::PhoneInbound),
    ("Phone (outbound)", ChannelKind::PhoneOutbound),
    ("App", ChannelKind::Digital),
    ("Web", ChannelKind::Digital),
    ("E-mail", ChannelKind::Digital),
    ("SMS", ChannelKind::Other),
    ("Advertising", ChannelKind::Other),
    ("Direct mail", ChannelKind::Other),
    ("Bill", ChannelKind::Other),
];

pub fn default_stages() -> Vec<Stage> {
    STAGES
        .iter()
        .zip(0..)
        .map(|(name, position)| Stage {
            id: stage_id(name),
            name: (*name).into(),
            position,
        })
        .collect()
}

pub fn default_channels() -> Vec<Channel> {
    CHANNELS
        .iter()
        .zip(0..)
        .map(|((name, kind), position)| Channel {
            id: channel_id(name),
            name: (*name).into(),
            kind: *kind,
            position,
            contact_cost: None,
        })
        .collect()
}
