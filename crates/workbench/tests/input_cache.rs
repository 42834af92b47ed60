//! The derived simulation input kept between what-if tries: reused while nothing was
//! written, never after an edit, an undo or a redo (a stale model would show the numbers of
//! the workspace as it was).
#![allow(clippy::unwrap_used)]

mod common;

use touchmap_model::Entity;
use touchmap_store::Change;
use touchmap_workbench::{InputCache, simulation_input};

/// What a fresh read derives now: what the cache must give.
async fn fresh(
    sample: &common::Sample,
    segment: Option<&str>,
) -> touchmap_engine::model::FlowModel {
    simulation_input(&sample.workspace, &sample.bundle, segment)
        .await
        .unwrap()
        .model
}

#[tokio::test]
async fn an_edit_to_a_pool_is_seen_by_the_next_input_and_undo_and_redo_too() {
    let sample = common::open_sample().await;
    let (w, bundle) = (&sample.workspace, sample.bundle.as_str());
    let cache = InputCache::default();
    let before = cache.input(w, bundle, None).await.unwrap();
    assert_eq!(before.model, fresh(&sample, None).await);
    assert_eq!(
        cache.input(w, bundle, None).await.unwrap().model,
        before.model,
        "nothing written: the same model"
    );

    let mut activation = sample.document.activations[0].clone();
    let capacity = activation.resources[0].capacity;
    activation.resources[0].capacity = capacity + 5;
    w.apply(
        "Edit pool",
        &[Change::Put {
            entity: Entity::Activation(activation),
        }],
    )
    .await
    .unwrap();
    let edited = cache.input(w, bundle, None).await.unwrap();
    assert_eq!(edited.model.resources[0].capacity, capacity + 5);
    assert_eq!(edited.model, fresh(&sample, None).await);

    w.undo().await.unwrap();
    let undone = cache.input(w, bundle, None).await.unwrap();
    assert_eq!(undone.model.resources[0].capacity, capacity);
    assert_eq!(undone.model, before.model);

    w.redo().await.unwrap();
    let redone = cache.input(w, bundle, None).await.unwrap();
    assert_eq!(redone.model.resources[0].capacity, capacity + 5);
}

#[tokio::test]
async fn another_segment_gets_its_own_emotions() {
    let sample = common::open_sample().await;
    let (w, bundle) = (&sample.workspace, sample.bundle.as_str());
    let cache = InputCache::default();
    let segment = sample.document.segments[0].id.as_str();
    let mix = cache.input(w, bundle, None).await.unwrap();
    let own = cache.input(w, bundle, Some(segment)).await.unwrap();
    let expected = simulation_input(w, bundle, Some(segment)).await.unwrap();
    assert_eq!(own.emotions, expected.emotions);
    assert_ne!(
        own.emotions, mix.emotions,
        "the sample's segments feel differently"
    );
}

#[tokio::test]
async fn a_trial_tried_on_a_cached_input_leaves_the_cache_as_it_was() {
    let sample = common::open_sample().await;
    let (w, bundle) = (&sample.workspace, sample.bundle.as_str());
    let cache = InputCache::default();
    let input = cache.input(w, bundle, None).await.unwrap();
    let pool = input.model.resources[0].clone();
    let trial = touchmap_workbench::Trial {
        pool: pool.id.clone(),
        capacity: pool.capacity + 3,
    };
    let tried = input.with_trial(&trial).unwrap();
    assert_eq!(tried.model.resources[0].capacity, pool.capacity + 3);
    let again = cache.input(w, bundle, None).await.unwrap();
    assert_eq!(again.model.resources[0].capacity, pool.capacity);
}
