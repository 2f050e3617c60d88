import { z } from "zod";

export const ZSignIn = z.object({
  email: z.string().trim().min(1, "Enter your email address").pipe(z.email("Enter an email address in the correct format, like name@example.com")),
  password: z.string().min(1, "Enter your password"),
});
export type TSignIn = z.infer<typeof ZSignIn>;

export const ZSetPassword = z
  .object({
    password: z
      .string()
      .min(12, "Your password must be at least 12 characters")
      .max(256, "Your password must be 256 characters or fewer"),
    confirmPassword: z.string().min(1, "Confirm your password"),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The passwords do not match" });
export type TSetPassword = z.infer<typeof ZSetPassword>;
