import Link from "next/link";
import { ContentPage } from "@/components/content-page";

export default function NotFound() {
  return (
    <ContentPage title="Page not found">
      <p>If you typed the web address, check it is correct.</p>
      <p>If you pasted the web address, check you copied the entire address.</p>
      <p>
        You can only see records of the local authorities you work with. <Link href="/">Go to your home page</Link>.
      </p>
    </ContentPage>
  );
}
