-- A password an administrator chose or generated (createUser, updateUser, resetPassword) is
-- known to two people: its owner must replace it before changing any data.
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
