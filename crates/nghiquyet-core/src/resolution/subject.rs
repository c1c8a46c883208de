//! What a resolution is about.
