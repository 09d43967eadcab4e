-- The language of each bot reply: a conversation can hold German and English replies (a whole sentence in the
-- other language, the note to a message in another language), and a restored chat marks each reply with its own.
ALTER TABLE transcript ADD COLUMN locale TEXT CHECK (locale IS NULL OR locale IN ('de', 'en'));
