-- Whether a feedback row is positive: a value >= 0.5, or, for label-only feedback (no value), the
-- label thumbs_up / positive / good. One SELECT-list item, aliased is_positive.
if(isNull(ScoreValue), ScoreLabel IN ('thumbs_up', 'positive', 'good'), ScoreValue >= 0.5) AS is_positive
